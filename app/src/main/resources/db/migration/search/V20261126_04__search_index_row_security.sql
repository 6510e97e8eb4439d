-- The PostgreSQL search engine's index tables hold names by business, like customer_search: an owner's request reads
-- only its own business's rows. search_spelling holds words without businesses or customers.
ALTER TABLE customer_search_prefix ENABLE ROW LEVEL SECURITY;
CREATE POLICY search_prefix_system ON customer_search_prefix USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY search_prefix_owner ON customer_search_prefix FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
ALTER TABLE customer_search_word ENABLE ROW LEVEL SECURITY;
CREATE POLICY search_word_system ON customer_search_word USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY search_word_owner ON customer_search_word FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());

-- The search read model was emptied for its new tables (V20261126_03): without a token, customer-search rebuilds it
-- from the start of the event log when the service starts.
DELETE FROM token_entry WHERE processor_name = 'customer-search';
