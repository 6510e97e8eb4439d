/**
 * Answers the questions about search from its read models, and serves its HTTP reads. Its tables:
 * {@code customer_search}, {@code customer_search_invoices}, {@code customer_search_network_status},
 * {@code customer_search_parties}, {@code customer_search_prefix}, {@code customer_search_word},
 * {@code search_spelling}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.search;
