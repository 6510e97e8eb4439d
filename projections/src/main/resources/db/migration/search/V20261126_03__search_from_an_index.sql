-- Search reads candidates from indexes instead of scanning a business's rows (issue 10). Every row here is written by
-- network.khata.projections.search.PostgresCustomerIndex from the same Java normalisation Elasticsearch indexes;
-- COLLATE "C" orders names by code point, as Java and Elasticsearch do, so every engine ranks ties alike.
ALTER TABLE customer_search ADD COLUMN name_sort TEXT COLLATE "C";   -- lower-case name, the order of equal matches
ALTER TABLE customer_search DROP COLUMN name_tokens;                 -- now customer_search_word
CREATE INDEX customer_search_business_name ON customer_search (business_id, name_sort);
CREATE INDEX customer_search_business_phone ON customer_search (business_id, (phone COLLATE "C"));
-- The number backwards, stored: a range on it finds the numbers ending with the digits typed. (A range on the expression
-- reverse(phone) could not use an index under row-level security: reverse() is not leakproof.)
ALTER TABLE customer_search ADD COLUMN phone_reversed TEXT COLLATE "C" GENERATED ALWAYS AS (reverse(phone)) STORED;
CREATE INDEX customer_search_business_phone_end ON customer_search (business_id, phone_reversed);
CREATE INDEX customer_search_business_email ON customer_search (business_id, email);
DROP INDEX customer_search_name_trgm;

-- Every beginning of every name word (r, ra, ram ... ramesh), in name order: the exact matches of a query word are one
-- index range, already in the order answers take.
CREATE TABLE customer_search_prefix (
    business_id UUID NOT NULL,
    prefix      TEXT COLLATE "C" NOT NULL,
    name_sort   TEXT COLLATE "C" NOT NULL,
    party_id    UUID NOT NULL,
    PRIMARY KEY (business_id, prefix, name_sort, party_id)
);

-- Every name word with its phonetic key, in name order: suggestions are the words a query word sounds like or is a few
-- edits from, each an index range already in the order answers take.
CREATE TABLE customer_search_word (
    business_id UUID NOT NULL,
    word        TEXT COLLATE "C" NOT NULL,
    sound       TEXT COLLATE "C" NOT NULL,
    name_sort   TEXT COLLATE "C" NOT NULL,
    party_id    UUID NOT NULL,
    PRIMARY KEY (business_id, word, name_sort, party_id)
);
CREATE INDEX customer_search_word_sound ON customer_search_word (business_id, sound, name_sort, party_id);

-- Every name word known to any business, under each string one or two deleted letters make of it (symmetric-delete
-- spelling correction): the words within two edits of a query word share one of these strings with it. No unique key:
-- batches learning the same new word at once must not wait for each other (with one they deadlocked); a word learnt
-- twice is read once.
CREATE TABLE search_spelling (
    variant TEXT COLLATE "C" NOT NULL,
    word    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX search_spelling_variant ON search_spelling (variant) INCLUDE (word);

-- The new tables start empty: the customer-search group rebuilds the search read model from the event log.
TRUNCATE customer_search, customer_search_parties, customer_search_invoices, customer_search_network_status;
