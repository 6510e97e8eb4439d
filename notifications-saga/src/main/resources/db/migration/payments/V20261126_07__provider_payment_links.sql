-- Owned by notifications-saga. Processing group "payment-links" keeps the Razorpay links it made for invoices (one open
-- at a time; cancelled ones stay, as their references stay taken at Razorpay). Never replayed: it calls Razorpay.
CREATE TABLE provider_payment_links (
    invoice_id UUID        NOT NULL,
    link_id    VARCHAR(64) NOT NULL,
    url        TEXT        NOT NULL,
    cancelled  BOOLEAN     NOT NULL DEFAULT false,
    PRIMARY KEY (invoice_id, link_id)
);
