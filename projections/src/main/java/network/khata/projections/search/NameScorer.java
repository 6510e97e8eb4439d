package network.khata.projections.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What names cost for one query ({@link SearchRanking#cost} summed over the query words, each taking its best name
 * word), remembering the cost of every name word it has met: the candidates of one query share a few hundred words,
 * so each Levenshtein distance is computed once, not once per candidate.
 */
final class NameScorer {
    private final SearchTerms terms;
    private final List<Map<String, Integer>> costs;

    NameScorer(SearchTerms terms) {
        this.terms = terms;
        this.costs = terms.nameTokens().stream().<Map<String, Integer>>map(word -> new HashMap<>()).toList();
    }

    /** The total cost of the name with these words, if every query word matches one of them. */
    OptionalInt distance(List<String> nameTokens) {
        if (terms.nameTokens().isEmpty()) {
            return OptionalInt.empty();
        }
        int distance = 0;
        for (int i = 0; i < terms.nameTokens().size(); i++) {
            String queryToken = terms.nameTokens().get(i);
            String queryKey = terms.nameKeys().get(i);
            int best = SearchRanking.NO_MATCH;
            for (String nameToken : nameTokens) {
                best = Math.min(best, costs.get(i).computeIfAbsent(nameToken,
                        word -> SearchRanking.cost(queryToken, queryKey, word, PhoneticKey.of(word))));
            }
            if (best == SearchRanking.NO_MATCH) {
                return OptionalInt.empty();
            }
            distance += best;
        }
        return OptionalInt.of(distance);
    }
}
