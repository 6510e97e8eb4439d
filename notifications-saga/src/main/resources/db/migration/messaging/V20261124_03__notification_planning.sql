-- Owned by notifications-saga. Processing group "notification-planning" keeps who can be reached, and how, in step
-- with the log (contacts, business names, preferences: replayable), and records what it planned to send (not cleared
-- by a replay: the frequency cap counts it).

CREATE TABLE notification_businesses (
    id   UUID         PRIMARY KEY,
    name VARCHAR(255) NOT NULL
);

CREATE TABLE notification_contacts (
    party_id    UUID         PRIMARY KEY,
    business_id UUID         NOT NULL,
    customer_id UUID         NOT NULL,
    name        VARCHAR(255) NOT NULL,
    phone       VARCHAR(20)  NOT NULL,
    email       VARCHAR(255)
);

CREATE TABLE notification_preferences (
    customer_id           UUID         PRIMARY KEY,
    notifications_enabled BOOLEAN      NOT NULL DEFAULT true,
    preferred_channels    VARCHAR(100),           -- "sms,email", "sms", "email"; null: every channel
    preferred_language    VARCHAR(10)  NOT NULL DEFAULT 'hi'
);

CREATE TABLE notification_sends (
    message_id  UUID        PRIMARY KEY,
    customer_id UUID        NOT NULL,
    planned_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX notification_sends_customer_recent ON notification_sends (customer_id, planned_at DESC);
