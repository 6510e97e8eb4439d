-- A replay of customer-search empties its tables with TRUNCATE instead of DELETE: deleted rows stay behind as dead
-- tuples until a vacuum, and the rebuild inserting the same keys again had to step over each of them (every beginning
-- of every name word, every spelling variant). TRUNCATE leaves none. It takes the tables' exclusive lock for the
-- reset's short transaction; searches wait for it.
GRANT TRUNCATE ON customer_search, customer_search_prefix, customer_search_word, search_spelling,
    customer_search_invoices, customer_search_parties, customer_search_network_status TO ${appRole};
