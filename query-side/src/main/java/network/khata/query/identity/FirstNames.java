package network.khata.query.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A person's first name as the risk table compares them ("match phone + first name"): the first word, letters only,
 * lower-case, accents and honorifics aside. "Ramesh Kumar", "  ramesh" and "Shri Ramesh" are one first name.
 */
public final class FirstNames {
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("shri", "shree", "sri", "smt", "mr", "mrs", "ms",
            "dr", "kumari");

    private FirstNames() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (String word : plain.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !HONORIFICS.contains(word)) {
                return word;
            }
        }
        return "";
    }
}
