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
    /** Adds or replaces the document of {@code document.partyId()}. */
    void upsert(CustomerSearchDocument document);

    /** The document of one party, read at once after a write (no refresh needed). */
    Optional<CustomerSearchDocument> find(UUID partyId);

    /**
     * The best {@code max} parties of the business by {@link SearchRanking#ORDER} (the engine orders as the ranking
     * does, so the best of all are among them), possibly with others that the ranking drops.
     */
    List<CustomerSearchDocument> candidates(UUID businessId, SearchTerms terms, int max);

    /** All documents of one business, ordered by party id. */
    List<CustomerSearchDocument> documents(UUID businessId);

    /** Removes every document, before a replay rebuilds them. */
    void clear();

    default List<CustomerMatch> search(UUID businessId, String query, int limit) {
        SearchTerms terms = SearchTerms.parse(query);
        return SearchRanking.rank(terms, candidates(businessId, terms, limit), limit);
    }
}
