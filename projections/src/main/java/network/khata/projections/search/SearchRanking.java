package network.khata.projections.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides, for the candidates an engine found, which match and in what order. Kept out of the engines so that
 * PostgreSQL and Elasticsearch answer a query the same way: the engines only have to find every candidate.
 */
public final class SearchRanking {
    private static final int IDENTITY = -1;

    private SearchRanking() {
    }

    public static List<CustomerMatch> rank(SearchTerms terms, List<CustomerSearchDocument> candidates, int limit) {
        String typedName = terms.text().toLowerCase(Locale.ROOT);
        return candidates.stream()
                .map(candidate -> classify(terms, candidate))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(CustomerMatch::kind)
                        .thenComparingInt(CustomerMatch::distance)
                        .thenComparing(match -> !match.customer().name().toLowerCase(Locale.ROOT).equals(typedName))
                        .thenComparing(match -> match.customer().name().toLowerCase(Locale.ROOT))
                        .thenComparing(match -> match.customer().partyId()))
                .limit(limit)
                .map(match -> match.distance() == IDENTITY ? new CustomerMatch(match.customer(), match.kind(), 0) : match)
                .toList();
    }

    static Optional<CustomerMatch> classify(SearchTerms terms, CustomerSearchDocument candidate) {
        if (terms.phone().filter(candidate.phone()::equals).isPresent()
                || terms.email().filter(email -> email.equalsIgnoreCase(candidate.email())).isPresent()) {
            return Optional.of(new CustomerMatch(candidate, CustomerMatch.Kind.EXACT, IDENTITY));
        }
        if (terms.phoneDigits().filter(digits -> candidate.phone().contains(digits)).isPresent()) {
            return Optional.of(new CustomerMatch(candidate, CustomerMatch.Kind.EXACT, 0));
        }
        if (terms.nameTokens().isEmpty()) {
            return Optional.empty();
        }
        List<String> nameTokens = candidate.nameTokens();
        int distance = 0;
        for (String queryToken : terms.nameTokens()) {
            int best = nameTokens.stream().mapToInt(nameToken -> distance(queryToken, nameToken)).min().orElse(Integer.MAX_VALUE);
            if (best > NameTokens.maxEdits(queryToken)) {
                return Optional.empty();
            }
            distance += best;
        }
        return Optional.of(new CustomerMatch(candidate,
                distance == 0 ? CustomerMatch.Kind.EXACT : CustomerMatch.Kind.SUGGESTION, distance));
    }

    /** 0 when the query word begins the name word, else their Levenshtein distance. */
    static int distance(String queryToken, String nameToken) {
        return nameToken.startsWith(queryToken) ? 0 : levenshtein(queryToken, nameToken);
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
