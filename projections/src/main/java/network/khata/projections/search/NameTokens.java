package network.khata.projections.search;

import network.khata.api.memo.BoundedMemo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a name, lower-case and without Latin accents, each in the script it was written in (the vowel signs
 * of Devanagari are part of its words): what both engines index and what the ranking compares. Their sounds are
 * {@link PhoneticKey}s.
 */
public final class NameTokens {
    static final int MAX_TOKENS = 8;
    static final int MAX_TOKEN_LENGTH = 40;
    private static final Pattern ACCENTS = Pattern.compile("\\p{InCombiningDiacriticalMarks}+");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private NameTokens() {
    }

    private static final BoundedMemo<String, List<String>> KNOWN = new BoundedMemo<>(NameTokens::make);

    public static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return KNOWN.of(text);
    }

    private static List<String> make(String text) {
        String unaccented = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String folded = Normalizer.normalize(unaccented, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Arrays.stream(BETWEEN_WORDS.split(folded))
                .filter(token -> !token.isEmpty())
                .map(token -> token.length() > MAX_TOKEN_LENGTH ? token.substring(0, MAX_TOKEN_LENGTH) : token)
                .limit(MAX_TOKENS)
                .toList();
    }

    /** The phonetic key of every word of {@link #of}, in the same order ("" for a word too short to have one). */
    public static List<String> keys(List<String> tokens) {
        return tokens.stream().map(PhoneticKey::of).toList();
    }

    /** Edits a query word may be away from a name word and still suggest it (Elasticsearch's AUTO fuzziness). */
    public static int maxEdits(String token) {
        return token.length() <= 2 ? 0 : token.length() <= 5 ? 1 : 2;
    }
}
