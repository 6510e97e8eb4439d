package network.khata.projections.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The words of a name, lower-case and without accents: what both engines index and what the ranking compares. */
public final class NameTokens {
    static final int MAX_TOKENS = 8;
    static final int MAX_TOKEN_LENGTH = 40;

    private NameTokens() {
    }

    public static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(token -> !token.isEmpty())
                .map(token -> token.length() > MAX_TOKEN_LENGTH ? token.substring(0, MAX_TOKEN_LENGTH) : token)
                .limit(MAX_TOKENS)
                .toList();
    }

    /** Edits a query word may be away from a name word and still suggest it (Elasticsearch's AUTO fuzziness). */
    public static int maxEdits(String token) {
        return token.length() <= 2 ? 0 : token.length() <= 5 ? 1 : 2;
    }
}
