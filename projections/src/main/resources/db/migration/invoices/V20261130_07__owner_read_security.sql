-- The invoices projection's sums (projections' V20261130_06__party_balances.sql): an owner reads their business's,
-- only the event processors write.
ALTER TABLE party_balances ENABLE ROW LEVEL SECURITY;
CREATE POLICY party_balances_system ON party_balances USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY party_balances_owner ON party_balances FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
ALTER TABLE due_totals ENABLE ROW LEVEL SECURITY;
CREATE POLICY due_totals_system ON due_totals USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY due_totals_owner ON due_totals FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
