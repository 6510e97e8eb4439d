package network.khata.projections.search;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The search port: where the customer-search projection keeps its documents and where search reads them. Two
 * engines implement it (PostgreSQL, the embedded default, and Elasticsearch) and pass one contract test suite.
 * Every read is scoped to one business.
 */
public interface CustomerSearchIndex {
    /** How many candidates an engine hands to the ranking, at most. */
    int CANDIDATES = 200;

    /** Adds or replaces the document of {@code document.partyId()}. */
    void upsert(CustomerSearchDocument document);

    /** The document of one party, read at once after a write (no refresh needed). */
    Optional<CustomerSearchDocument> find(UUID partyId);

    /** Every party of the business that might match: a superset of what {@link SearchRanking} keeps. */
    List<CustomerSearchDocument> candidates(UUID businessId, SearchTerms terms, int max);

    /** All documents of one business, ordered by party id. */
    List<CustomerSearchDocument> documents(UUID businessId);

    /** Removes every document, before a replay rebuilds them. */
    void clear();

    default List<CustomerMatch> search(UUID businessId, String query, int limit) {
        SearchTerms terms = SearchTerms.parse(query);
        return SearchRanking.rank(terms, candidates(businessId, terms, CANDIDATES), limit);
    }
}
