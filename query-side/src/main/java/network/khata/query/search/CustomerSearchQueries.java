package network.khata.query.search;

import network.khata.projections.identity.NetworkProfiles;
import network.khata.projections.search.CustomerSearchIndex;
import network.khata.projections.search.SearchTerms;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Answers {@link FindCustomers}: ranked matches from the search index, then one "create new" entry. */
@Component
public class CustomerSearchQueries {
    private final CustomerSearchIndex index;
    private final NetworkProfiles profiles;

    public CustomerSearchQueries(CustomerSearchIndex index, NetworkProfiles profiles) {
        this.index = index;
        this.profiles = profiles;
    }

    @QueryHandler
    public List<SearchResult> handle(FindCustomers query) {
        List<SearchResult> results = new ArrayList<>(index.search(query.businessId(), query.query(), query.limit())
                .stream().map(SearchResult::of).toList());
        results.add(createNewEntry(SearchTerms.parse(query.query())));
        return results;
    }

    private SearchResult createNewEntry(SearchTerms terms) {
        if (terms.phone().isPresent()) {
            String phone = terms.phone().get();
            String networkId = profiles.findByPhone(phone).map(identity -> identity.customerId().toString()).orElse(null);
            return SearchResult.createNew(null, phone, null, networkId);
        }
        if (terms.email().isPresent()) {
            return SearchResult.createNew(null, null, terms.email().get(), null);
        }
        return SearchResult.createNew(terms.text(), null, null, null);
    }
}
