-- The planner keeps the shop's address and GSTIN beside its name: an invoice message carries the invoice as its PDF
-- will show it, from the planner's own tables (network.khata.api.documents.InvoiceDocument), instead of the delivery
-- racing the invoices read model for them.
ALTER TABLE notification_businesses ADD COLUMN address TEXT;
ALTER TABLE notification_businesses ADD COLUMN gstin   VARCHAR(15);

-- What the businesses read model already knows (projections' table; absent in a module's own tests).
DO $$
BEGIN
    IF to_regclass('businesses') IS NOT NULL THEN
        UPDATE notification_businesses n SET address = b.address, gstin = b.gstin FROM businesses b WHERE b.id = n.id;
    END IF;
END
$$;
