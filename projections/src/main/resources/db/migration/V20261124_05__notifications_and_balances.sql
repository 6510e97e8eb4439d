-- Projection "customer-notifications": spec table 22, one row per message (id = message id), kept from the
-- Notification events. business_id is null for codes a customer asked for in the portal.
CREATE TABLE customer_notifications (
    id                  UUID         PRIMARY KEY,
    notification_id     UUID         NOT NULL,      -- the owner's send request; one per channel shares it
    business_id         UUID,
    customer_id         UUID         NOT NULL,
    invoice_id          UUID,
    notification_type   VARCHAR(50)  NOT NULL,      -- invoice_created, payment_reminder, receipt_sent, welcome, otp
    channel             VARCHAR(20)  NOT NULL,      -- sms, email
    recipient           VARCHAR(255),
    subject             TEXT,
    message_body        TEXT,                       -- a code is never here: {code} stands in for it
    status              VARCHAR(20)  NOT NULL DEFAULT 'pending',  -- pending, sent, delivered, opened, failed, bounced, suppressed
    provider_message_id VARCHAR(255),
    attempts            INT          NOT NULL DEFAULT 0,
    sent_at             TIMESTAMPTZ,
    delivered_at        TIMESTAMPTZ,
    opened_at           TIMESTAMPTZ,
    failure_reason      TEXT,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX customer_notifications_customer_recent ON customer_notifications (customer_id, created_at DESC);
CREATE INDEX customer_notifications_status_pending ON customer_notifications (status, created_at);
CREATE INDEX customer_notifications_business_recent ON customer_notifications (business_id, created_at);
CREATE INDEX customer_notifications_provider_message ON customer_notifications (provider_message_id);

-- Projection "customer-search": what each party owes per invoice, so a document's balance and last invoice are set
-- from totals (idempotent) rather than by increments.
CREATE TABLE customer_search_invoices (
    invoice_id  UUID          PRIMARY KEY,
    party_id    UUID          NOT NULL,
    issue_date  DATE          NOT NULL,
    amount      NUMERIC(12,2) NOT NULL,
    paid        NUMERIC(12,2) NOT NULL DEFAULT 0   -- the invoice's total paid, as PaymentRecorded states it
);
CREATE INDEX customer_search_invoices_party ON customer_search_invoices (party_id);
