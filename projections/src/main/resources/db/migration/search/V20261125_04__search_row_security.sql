-- The PostgreSQL search engine's table: an owner's request reads only its business's customers (the cross-business
-- "is this phone in the network" answer comes from network_identity_by_phone, not from this table).
ALTER TABLE customer_search ENABLE ROW LEVEL SECURITY;
CREATE POLICY search_system ON customer_search USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY search_owner ON customer_search FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
