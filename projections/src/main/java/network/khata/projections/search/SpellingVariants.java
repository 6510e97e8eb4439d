package network.khata.projections.search;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The strings a word becomes with up to {@code deletions} letters left out (symmetric-delete spelling correction):
 * two words within {@code n} edits of each other always share one of their variants with at most {@code n}
 * deletions each. The PostgreSQL engine indexes every name word's variants and looks a query word's variants up, so
 * finding the words a few edits away is index lookups, not a Levenshtein computation per word.
 */
final class SpellingVariants {
    /** The most edits any query word may be away from a name word ({@link NameTokens#maxEdits}). */
    static final int MAX_DELETIONS = 2;

    private SpellingVariants() {
    }

    static Set<String> of(String word, int deletions) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(word);
        Set<String> previous = Set.of(word);
        for (int round = 0; round < deletions; round++) {
            Set<String> next = new LinkedHashSet<>();
            for (String variant : previous) {
                for (int i = 0; i < variant.length(); i++) {
                    next.add(variant.substring(0, i) + variant.substring(i + 1));
                }
            }
            next.removeAll(variants);
            variants.addAll(next);
            previous = next;
        }
        return variants;
    }
}
