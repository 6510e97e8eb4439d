package network.khata.projections.search;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides, for the candidates an engine found, which match and in what order. Kept out of the engines so that
 * PostgreSQL and Elasticsearch answer a query the same way: the engines find the candidates and order them by the
 * same rule ({@link #ORDER}), so that the best {@code max} of them are the best of all.
 *
 * <p>Every word of the query must match a word of the name, at a cost: 0 when it begins the word, 1 when the two
 * sound alike ({@link PhoneticKey}), else their Levenshtein distance up to {@link NameTokens#maxEdits}. A name whose
 * words all cost 0 is an exact match; the others are suggestions, by total cost. A full phone number or email comes
 * before everything, the beginning or end of a number counts as an exact match.
 */
public final class SearchRanking {
    /** The cost of a name word that sounds like the query word. */
    public static final int SOUNDS_ALIKE = 1;
    /** The total cost of a customer found by the full phone number or email typed: before every name match. */
    public static final int IDENTITY = -1;
    static final int NO_MATCH = Integer.MAX_VALUE;

    private SearchRanking() {
    }

    /** A candidate with its total cost, in the order answers are given. */
    record Scored(CustomerSearchDocument customer, int distance, boolean typedInFull) {
    }

    /** Lower cost first; then the name typed in full; then by name and party id, so that every engine agrees. */
    static final Comparator<Scored> ORDER = Comparator.comparingInt(Scored::distance)
            .thenComparing(scored -> !scored.typedInFull())
            .thenComparing(scored -> scored.customer().sortName())
            .thenComparing(scored -> scored.customer().partyId());

    public static List<CustomerMatch> rank(SearchTerms terms, List<CustomerSearchDocument> candidates, int limit) {
        Map<UUID, CustomerSearchDocument> distinct = new LinkedHashMap<>();
        candidates.forEach(candidate -> distinct.putIfAbsent(candidate.partyId(), candidate));
        return distinct.values().stream()
                .map(candidate -> score(terms, candidate))
                .flatMap(Optional::stream)
                .sorted(ORDER)
                .limit(limit)
                .map(scored -> new CustomerMatch(scored.customer(),
                        scored.distance() <= 0 ? CustomerMatch.Kind.EXACT : CustomerMatch.Kind.SUGGESTION,
                        Math.max(0, scored.distance())))
                .toList();
    }

    static Optional<Scored> score(SearchTerms terms, CustomerSearchDocument candidate) {
        boolean typedInFull = candidate.sortName().equals(terms.typedName());
        if (terms.phone().filter(candidate.phone()::equals).isPresent()
                || terms.email().filter(email -> email.equalsIgnoreCase(candidate.email())).isPresent()) {
            return Optional.of(new Scored(candidate, IDENTITY, typedInFull));
        }
        if (terms.phoneHolds(candidate.phone())) {
            return Optional.of(new Scored(candidate, 0, typedInFull));
        }
        return new NameScorer(terms).distance(candidate.nameTokens()).stream()
                .mapToObj(distance -> new Scored(candidate, distance, typedInFull)).findFirst();
    }

    /** What matching one query word to one name word costs, or {@link #NO_MATCH}. */
    static int cost(String queryToken, String queryKey, String nameToken, String nameKey) {
        if (nameToken.startsWith(queryToken)) {
            return 0;
        }
        int cost = NO_MATCH;
        int edits = NameTokens.maxEdits(queryToken);
        if (edits > 0) {
            int distance = levenshtein(queryToken, nameToken);
            if (distance <= edits) {
                cost = distance;
            }
        }
        if (!queryKey.isEmpty() && queryKey.equals(nameKey)) {
            cost = Math.min(cost, SOUNDS_ALIKE);
        }
        return cost;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
