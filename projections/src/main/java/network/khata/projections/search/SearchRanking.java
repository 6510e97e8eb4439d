package network.khata.projections.search;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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

    /** Where a party stands among the answers to one query: its total cost and what breaks ties. */
    record Rank(int distance, boolean typedInFull, String sortName, UUID partyId) implements Comparable<Rank> {
        static Rank of(SearchTerms terms, UUID partyId, String sortName, int distance) {
            return new Rank(distance, sortName.equals(terms.typedName()), sortName, partyId);
        }

        @Override
        public int compareTo(Rank other) {
            return ORDER.compare(this, other);
        }
    }

    /** Lower cost first; then the name typed in full; then by name and party id, so that every engine agrees. */
    static final Comparator<Rank> ORDER = Comparator.comparingInt(Rank::distance)
            .thenComparing(rank -> !rank.typedInFull())
            .thenComparing(Rank::sortName)
            .thenComparing(Rank::partyId);

    /** A candidate with where it stands. */
    record Scored(CustomerSearchDocument customer, Rank rank) {
    }

    public static List<CustomerMatch> rank(SearchTerms terms, List<CustomerSearchDocument> candidates, int limit) {
        Map<UUID, CustomerSearchDocument> distinct = new LinkedHashMap<>();
        candidates.forEach(candidate -> distinct.putIfAbsent(candidate.partyId(), candidate));
        return distinct.values().stream()
                .map(candidate -> score(terms, candidate))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Scored::rank))
                .limit(limit)
                .map(scored -> new CustomerMatch(scored.customer(),
                        scored.rank().distance() <= 0 ? CustomerMatch.Kind.EXACT : CustomerMatch.Kind.SUGGESTION,
                        Math.max(0, scored.rank().distance())))
                .toList();
    }

    static Optional<Scored> score(SearchTerms terms, CustomerSearchDocument candidate) {
        return distance(terms, candidate).stream().mapToObj(distance -> new Scored(candidate,
                Rank.of(terms, candidate.partyId(), candidate.sortName(), distance))).findFirst();
    }

    private static OptionalInt distance(SearchTerms terms, CustomerSearchDocument candidate) {
        if (terms.phone().filter(candidate.phone()::equals).isPresent()
                || terms.email().filter(email -> email.equalsIgnoreCase(candidate.email())).isPresent()) {
            return OptionalInt.of(IDENTITY);
        }
        if (terms.phoneHolds(candidate.phone())) {
            return OptionalInt.of(0);
        }
        return new NameScorer(terms).distance(candidate.nameTokens());
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
