-- (An app migration: token_entry is the app's, and the projections module's own tests run without it.)
-- PhoneticKey now hears the scripts of India's other languages and merges what they write alike (issue 27: b/v, the
-- voiced and voiceless stops, the vowels a, o and u after the first letter): every stored key is stale. As a replay
-- would, the search read model is emptied and its token dropped, so customer-search rebuilds it from the start of the
-- event log when the service starts; the Elasticsearch engine gets a new index (customers-v3) the same way.
TRUNCATE customer_search, customer_search_prefix, customer_search_word, search_spelling,
    customer_search_invoices, customer_search_parties, customer_search_network_status;
DELETE FROM token_entry WHERE processor_name = 'customer-search';
