-- What happened, for the owner (issue 26): one row per event an owner cares about, written by the groups that already
-- take those events (so a feed costs no extra pass over the log): payments and disputes by "invoices", messages that
-- finally failed and reminders that went out by "customer-notifications", a customer verifying or opening the portal
-- the first time by "network-profiles", a "not me" by "customer-directory". A customer's own event (verified, first
-- sign-in) names no business: each business that has that customer sees it, from when it had them. source: the group
-- that wrote the row, so that replaying one group rebuilds its rows and no other's. Row-level security: the app's
-- V20261130_17__owner_feed_security.sql.
CREATE TABLE owner_feed (
    event_id    VARCHAR(64) PRIMARY KEY,
    business_id UUID,
    customer_id UUID        NOT NULL,
    happened_at TIMESTAMPTZ NOT NULL,
    kind        VARCHAR(24) NOT NULL,             -- verified | first_sign_in | payment | message_failed | reminder_sent | disputed | not_me
    invoice_id  UUID,
    amount      NUMERIC,
    detail      VARCHAR(64),                      -- a payment's way (owner, razorpay), a dispute's reason, a channel
    source      VARCHAR(32) NOT NULL
);
CREATE INDEX owner_feed_business ON owner_feed (business_id, happened_at DESC);
CREATE INDEX owner_feed_customer ON owner_feed (customer_id, happened_at DESC) WHERE business_id IS NULL;
