-- Projection "invoices" (issue 28): the customer's say on an invoice and the owner's answer. invoices.customer_say is
-- where the invoice stands (confirmed, disputed while open, null); invoices.credited what credit notes took off it
-- (amount is what is billed now, amount + credited what was billed first); invoice_conversation is what each side said,
-- in order, for both to read. Row-level security: the app's V20261130_11__invoice_say_security.sql.
ALTER TABLE invoices ADD COLUMN customer_say VARCHAR(10);
ALTER TABLE invoices ADD COLUMN credited NUMERIC NOT NULL DEFAULT 0;

CREATE TABLE invoice_conversation (
    event_id    VARCHAR(64) PRIMARY KEY,          -- the event's id: redelivery writes nothing twice
    invoice_id  UUID        NOT NULL,
    business_id UUID        NOT NULL,
    customer_id UUID        NOT NULL,
    said_at     TIMESTAMPTZ NOT NULL,
    said_by     VARCHAR(8)  NOT NULL,             -- customer | owner
    kind        VARCHAR(12) NOT NULL,             -- confirmed | disputed | corrected | upheld
    reason      VARCHAR(16),                      -- a dispute's reason
    note        TEXT,
    credit      NUMERIC                           -- a correction's credit note
);
CREATE INDEX invoice_conversation_invoice ON invoice_conversation (invoice_id, said_at);
CREATE INDEX invoice_conversation_customer ON invoice_conversation (customer_id, said_at);
