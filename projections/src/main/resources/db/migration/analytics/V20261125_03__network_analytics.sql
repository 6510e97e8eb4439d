-- Network analytics (processing group "network-analytics"): facts taken from events, and the daily rollup of them.
-- Every fact keeps the event's timestamp; a day is a calendar day in the business's time zone.

CREATE TABLE analytics_businesses (
    business_id   UUID        PRIMARY KEY,
    time_zone     VARCHAR(64) NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE analytics_customers (             -- a customer in one business's khata
    party_id      UUID        PRIMARY KEY,
    business_id   UUID        NOT NULL,
    customer_id   UUID        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX analytics_customers_business ON analytics_customers (business_id, registered_at);
CREATE INDEX analytics_customers_customer ON analytics_customers (customer_id);

CREATE TABLE analytics_verifications (         -- network-wide: the phone was verified
    customer_id UUID        PRIMARY KEY,
    verified_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE analytics_sign_ins (
    customer_id  UUID        NOT NULL,
    signed_in_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (customer_id, signed_in_at)
);

CREATE TABLE analytics_invoices (
    invoice_id   UUID          PRIMARY KEY,
    business_id  UUID          NOT NULL,
    customer_id  UUID          NOT NULL,
    issue_date   DATE          NOT NULL,
    amount       NUMERIC(12,2) NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    notified_at  TIMESTAMPTZ,               -- the first message about it that was sent
    paid_at      TIMESTAMPTZ,               -- when it became fully paid
    payment_days INT                        -- paid-on date minus issue date
);
CREATE INDEX analytics_invoices_business ON analytics_invoices (business_id, created_at);

CREATE TABLE analytics_messages (
    message_id   UUID        PRIMARY KEY,
    business_id  UUID        NOT NULL,
    invoice_id   UUID,
    channel      VARCHAR(20) NOT NULL,
    sent_at      TIMESTAMPTZ,
    delivered_at TIMESTAMPTZ,
    opened_at    TIMESTAMPTZ
);
CREATE INDEX analytics_messages_business_sent ON analytics_messages (business_id, sent_at);

CREATE TABLE analytics_payments (
    invoice_id  UUID          NOT NULL,
    payment_id  VARCHAR(100)  NOT NULL,
    business_id UUID          NOT NULL,
    amount      NUMERIC(12,2) NOT NULL,
    recorded_at TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (invoice_id, payment_id)
);
CREATE INDEX analytics_payments_business ON analytics_payments (business_id, recorded_at);

-- Spec table 24, plus the two daily figures the analytics endpoint's daily_trend shows (portal logins, payments).
-- The row of a day is a function of the facts alone, so a replay rebuilds it exactly; created_at is the end of that day.
CREATE TABLE customer_engagement_metrics (
    id                          UUID          PRIMARY KEY,   -- derived from business and date
    business_id                 UUID          NOT NULL,
    metric_date                 DATE          NOT NULL,

    new_customers_count         INT           NOT NULL DEFAULT 0,
    verified_customers_count    INT           NOT NULL DEFAULT 0,
    active_customers_count      INT           NOT NULL DEFAULT 0,   -- signed in to the portal in the 7 days ending that day

    invoices_sent_count         INT           NOT NULL DEFAULT 0,
    notifications_sent_count    INT           NOT NULL DEFAULT 0,
    notification_open_rate      DECIMAL(5,2),                       -- % of emails sent that day since opened
    notification_delivery_rate  DECIMAL(5,2),                       -- % of SMS sent that day since delivered

    avg_payment_days            DECIMAL(5,2),                       -- of invoices fully paid that day
    payment_velocity_impact     DECIMAL(5,2),                       -- % fewer days to pay when notified before payment
    collection_rate             DECIMAL(5,2),                       -- % of invoices (created by then) fully paid by the end of the day

    portal_access_rate          DECIMAL(5,2),                       -- % of customers who have signed in by then
    repeat_customer_rate        DECIMAL(5,2),                       -- % of customers with 2+ invoices by then
    customer_satisfaction_score INT,                                -- no source yet: always null

    portal_logins_count         INT           NOT NULL DEFAULT 0,
    payments_received           NUMERIC(12,2) NOT NULL DEFAULT 0,

    created_at                  TIMESTAMPTZ   NOT NULL,
    CONSTRAINT customer_engagement_metrics_one_per_day UNIQUE (business_id, metric_date)
);
