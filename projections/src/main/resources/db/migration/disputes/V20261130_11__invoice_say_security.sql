-- What the customer and the owner said about an invoice (projections' V20261130_10__invoice_say.sql): the owner reads
-- their business's, the customer their own, only the event processors write.
ALTER TABLE invoice_conversation ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoice_conversation_system ON invoice_conversation USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY invoice_conversation_owner ON invoice_conversation FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
CREATE POLICY invoice_conversation_customer ON invoice_conversation FOR SELECT USING (khata_scope() = 'customer' AND customer_id = khata_subject());
