-- Owned by notifications-saga. The provider-call ledger: one row per provider call of a message attempt, written in
-- transactions of its own (the intent before the call, the outcome after it), so that a delivery batch replayed after
-- a crash does not call the provider again for a message whose outcome is here. Only a call in flight at the crash
-- (a row without an outcome) is made again: starts counts how often.
CREATE TABLE provider_calls (
    message_id  UUID          NOT NULL,
    attempt     INT           NOT NULL,
    channel     VARCHAR(16)   NOT NULL,
    starts      INT           NOT NULL DEFAULT 1,
    started_at  TIMESTAMPTZ   NOT NULL,
    finished_at TIMESTAMPTZ,
    provider_id VARCHAR(200),                -- the provider's message id, when it took the message
    failure     VARCHAR(1000),               -- why it did not, when it did not
    permanent   BOOLEAN,                     -- whether that refusal is final
    PRIMARY KEY (message_id, attempt)
);
