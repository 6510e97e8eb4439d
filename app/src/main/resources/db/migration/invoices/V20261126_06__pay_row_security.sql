-- A verified pay link opens exactly one invoice (scope 'pay-invoice', subject the invoice id) or one customer's
-- invoices at one business (scope 'pay-balance', subject the party id); nothing else of the customer.
CREATE POLICY invoices_pay_invoice ON invoices FOR SELECT USING (khata_scope() = 'pay-invoice' AND id = khata_subject());
CREATE POLICY invoices_pay_balance ON invoices FOR SELECT USING (khata_scope() = 'pay-balance' AND party_id = khata_subject());

ALTER TABLE invoice_payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoice_payments_system ON invoice_payments USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY invoice_payments_owner ON invoice_payments FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
CREATE POLICY invoice_payments_customer ON invoice_payments FOR SELECT USING (khata_scope() = 'customer' AND customer_id = khata_subject());

-- V20261126_05 emptied invoices: without a token, the invoices group rebuilds it from the start of the log.
DELETE FROM token_entry WHERE processor_name = 'invoices';
CREATE POLICY parties_pay_balance ON parties FOR SELECT USING (khata_scope() = 'pay-balance' AND id = khata_subject());
