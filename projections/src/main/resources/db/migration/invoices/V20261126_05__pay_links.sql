-- Pay links (issue 13). Projection "customer-directory": where a business's customers pay.
ALTER TABLE businesses
    ADD COLUMN upi_vpa         VARCHAR(100),       -- name@bank (Limits.UPI_VPA)
    ADD COLUMN payee_name      VARCHAR(100),       -- shown by UPI apps (Limits.PAYEE_NAME)
    ADD COLUMN payment_methods VARCHAR(40);        -- comma-separated: upi, razorpay

-- Projection "invoices": the provider's payment link of an invoice, and every payment with how it arrived.
ALTER TABLE invoices ADD COLUMN provider_link_url TEXT;

CREATE TABLE invoice_payments (
    invoice_id  UUID          NOT NULL,
    payment_id  VARCHAR(64)   NOT NULL,            -- Limits.PAYMENT_ID
    business_id UUID          NOT NULL,
    customer_id UUID          NOT NULL,
    amount      NUMERIC(12,2) NOT NULL,
    paid_on     DATE          NOT NULL,
    method      VARCHAR(20)   NOT NULL,            -- upi, card, cash, ...
    via         VARCHAR(20)   NOT NULL,            -- owner, razorpay
    recorded_at TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (invoice_id, payment_id)
);

-- Invoices' pay links changed form (/pay/i/<token>) and payments are listed from now on: the invoices group rebuilds
-- its read model from the event log (the token is deleted in the app's migration V20261126_06).
TRUNCATE invoices;
