-- The owner's reads (issue 25): a business's invoices a page at a time in each order the list offers (keyset on the
-- sort value and the id, so a page deep in 100,000 invoices costs what the first does), and a customer's ledger.
DROP INDEX IF EXISTS invoices_business_recent;
CREATE INDEX invoices_business_issued ON invoices (business_id, issue_date DESC, id DESC);
CREATE INDEX invoices_business_due ON invoices (business_id, (coalesce(due_date, DATE '9999-12-31')), id);
CREATE INDEX invoices_business_outstanding ON invoices (business_id, ((amount - amount_paid)) DESC, id DESC);
CREATE INDEX invoices_business_customer ON invoices (business_id, customer_id, issue_date);
CREATE INDEX invoices_business_number ON invoices (business_id, invoice_number text_pattern_ops);
CREATE INDEX invoice_payments_customer ON invoice_payments (business_id, customer_id, paid_on);
