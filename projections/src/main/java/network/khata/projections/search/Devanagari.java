package network.khata.projections.search;

import java.util.Map;

/**
 * Writes a word in Devanagari in Latin letters the way owners spell Indian names (रमेश → ramesh, लक्ष्मी → lakshmee),
 * so that a name typed in one script finds the same name written in the other through their {@link PhoneticKey}.
 * The inherent vowel of a consonant is written as {@code a} except at the end of the word; the phonetic key drops
 * the remaining ambiguity (Kamala/Kamla) by ignoring every {@code a} after the first letter. Other characters pass
 * through unchanged.
 */
final class Devanagari {
    private static final char VIRAMA = '\u094D';
    private static final char NUKTA = '\u093C';
    private static final Map<Character, String> CONSONANTS = Map.ofEntries(
            Map.entry('क', "k"), Map.entry('ख', "kh"), Map.entry('ग', "g"), Map.entry('घ', "gh"), Map.entry('ङ', "n"),
            Map.entry('च', "ch"), Map.entry('छ', "chh"), Map.entry('ज', "j"), Map.entry('झ', "jh"), Map.entry('ञ', "n"),
            Map.entry('ट', "t"), Map.entry('ठ', "th"), Map.entry('ड', "d"), Map.entry('ढ', "dh"), Map.entry('ण', "n"),
            Map.entry('त', "t"), Map.entry('थ', "th"), Map.entry('द', "d"), Map.entry('ध', "dh"), Map.entry('न', "n"),
            Map.entry('ऩ', "n"), Map.entry('प', "p"), Map.entry('फ', "ph"), Map.entry('ब', "b"), Map.entry('भ', "bh"),
            Map.entry('म', "m"), Map.entry('य', "y"), Map.entry('र', "r"), Map.entry('ऱ', "r"), Map.entry('ल', "l"),
            Map.entry('ळ', "l"), Map.entry('ऴ', "l"), Map.entry('व', "v"), Map.entry('श', "sh"), Map.entry('ष', "sh"),
            Map.entry('स', "s"), Map.entry('ह', "h"),
            Map.entry('\u0958', "q"), Map.entry('\u0959', "kh"), Map.entry('\u095A', "g"), Map.entry('\u095B', "z"), Map.entry('\u095C', "r"),
            Map.entry('\u095D', "rh"), Map.entry('\u095E', "f"), Map.entry('\u095F', "y"));
    /** A consonant followed by the nukta sign reads as the precomposed letter. */
    private static final Map<Character, Character> WITH_NUKTA = Map.of('क', '\u0958', 'ख', '\u0959', 'ग', '\u095A', 'ज', '\u095B',
            'ड', '\u095C', 'ढ', '\u095D', 'फ', '\u095E', 'य', '\u095F');
    private static final Map<Character, String> VOWELS = Map.ofEntries(
            Map.entry('अ', "a"), Map.entry('आ', "aa"), Map.entry('इ', "i"), Map.entry('ई', "ee"), Map.entry('उ', "u"),
            Map.entry('ऊ', "oo"), Map.entry('ऋ', "ri"), Map.entry('ए', "e"), Map.entry('ऐ', "ai"), Map.entry('ओ', "o"),
            Map.entry('औ', "au"), Map.entry('ऍ', "e"), Map.entry('ऑ', "o"), Map.entry('ऎ', "e"), Map.entry('ऒ', "o"));
    private static final Map<Character, String> VOWEL_SIGNS = Map.ofEntries(
            Map.entry('ा', "aa"), Map.entry('ि', "i"), Map.entry('ी', "ee"), Map.entry('ु', "u"), Map.entry('ू', "oo"),
            Map.entry('ृ', "ri"), Map.entry('े', "e"), Map.entry('ै', "ai"), Map.entry('ो', "o"), Map.entry('ौ', "au"),
            Map.entry('ॅ', "e"), Map.entry('ॉ', "o"), Map.entry('ॆ', "e"), Map.entry('ॊ', "o"));
    private static final Map<Character, String> SIGNS = Map.of('ं', "n", 'ँ', "n", 'ः', "h");

    private Devanagari() {
    }

    static boolean contains(String word) {
        return word.chars().anyMatch(c -> c >= '\u0900' && c <= '\u097F');
    }

    static String toLatin(String word) {
        if (!contains(word)) {
            return word;
        }
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i + 1 < word.length() && word.charAt(i + 1) == NUKTA && WITH_NUKTA.containsKey(c)) {
                c = WITH_NUKTA.get(c);
                i++;
            }
            String consonant = CONSONANTS.get(c);
            if (consonant != null) {
                latin.append(consonant);
                char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
                if (next == VIRAMA) {
                    i++;
                } else if (!VOWEL_SIGNS.containsKey(next) && i + 1 < word.length()) {
                    latin.append('a');
                }
            } else if (VOWEL_SIGNS.containsKey(c)) {
                latin.append(VOWEL_SIGNS.get(c));
            } else if (VOWELS.containsKey(c)) {
                latin.append(VOWELS.get(c));
            } else if (SIGNS.containsKey(c)) {
                latin.append(SIGNS.get(c));
            } else if (c != NUKTA && c != VIRAMA) {
                latin.append(c);
            }
        }
        return latin.toString();
    }
}
