package network.khata.projections.search;

import java.util.Map;

/**
 * Brings a word in any of the scripts of India's languages to Devanagari, so that {@link Devanagari} writes it in Latin
 * letters and {@link PhoneticKey} gives it the sound its Latin and Devanagari spellings have: সৌরভ, ਗੁਰਪ੍ਰੀਤ, પટેલ,
 * வெங்கடேஷ், వెంకటేష్, ವೆಂಕಟೇಶ್, വെങ്കിടേഷ് all meet their Latin spelling. Unicode lays out Bengali, Gurmukhi,
 * Gujarati, Odia, Tamil, Telugu, Kannada and Malayalam in blocks of 128 that follow Devanagari's order letter for letter
 * (from ISCII), so a letter becomes the Devanagari letter at the same place in its block. What a script has and
 * Devanagari has not is said here: Gurmukhi's tippi (a nasal) and addak (a doubled consonant, which the key writes
 * once anyway), Bengali's khanda ta and its ya-phala (্য after a consonant changes the vowel, as in চ্যাটার্জী), and
 * Malayalam's chillu letters (a consonant without its vowel), and Tamil's one letter for s, ch and j. The joiners that
 * choose a glyph's shape sound of nothing. Tamil also writes k and g, t and d, p and b alike: {@link PhoneticKey} hears
 * them alike in every script.
 */
final class IndianScripts {
    private static final int FIRST = 0x0980;
    private static final int LAST = 0x0D7F;
    private static final char VIRAMA = '\u094D';
    private static final char BENGALI_VIRAMA = '\u09CD';
    private static final char BENGALI_YA = '\u09AF';
    private static final char TAMIL_CA = '\u0B9A';
    private static final char TAMIL_PULLI = '\u0BCD';
    private static final char TAMIL_NYA = '\u0B9E';
    private static final Map<Character, String> OWN_LETTERS = Map.ofEntries(
            Map.entry('\u0A70', "\u0902"),                     // Gurmukhi tippi: a nasal, as anusvara
            Map.entry('\u0A71', ""),                           // Gurmukhi addak: the next consonant doubled
            Map.entry('\u09CE', "\u0924\u094D"),               // Bengali khanda ta: a dead t
            Map.entry('\u0D7A', "\u0923\u094D"), Map.entry('\u0D7B', "\u0928\u094D"), Map.entry('\u0D7C', "\u0930\u094D"),
            Map.entry('\u0D7D', "\u0932\u094D"), Map.entry('\u0D7E', "\u0933\u094D"), Map.entry('\u0D7F', "\u0915\u094D"),
            Map.entry('\u0D57', ""), Map.entry('\u0BD7', ""),  // Malayalam and Tamil au length marks (part of ൌ, ௌ)
            Map.entry('\u200C', ""), Map.entry('\u200D', ""));

    private IndianScripts() {
    }

    static boolean contains(String word) {
        return word.chars().anyMatch(c -> c >= FIRST && c <= LAST);
    }

    /** The word with every letter of another Indian script as Devanagari; a word without one is returned as it is. */
    static String toDevanagari(String word) {
        if (!contains(word)) {
            return word;
        }
        StringBuilder devanagari = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == BENGALI_VIRAMA && i == 1 && i + 1 < word.length() && word.charAt(i + 1) == BENGALI_YA) {
                i++;                                           // ya-phala on the first letter: a vowel colour, not a y
                continue;
            }
            if (c == TAMIL_CA) {
                devanagari.append(tamilCa(word, i));
                continue;
            }
            String own = OWN_LETTERS.get(c);
            if (own != null) {
                devanagari.append(own);
            } else if (c >= FIRST && c <= LAST) {
                devanagari.append((char) (0x0900 + (c & 0x7F)));
            } else {
                devanagari.append(c);
            }
        }
        return devanagari.toString();
    }

    /**
     * Tamil writes s, ch and j with one letter: it is ch doubled (பிச்சை), j after the palatal nasal (அஞ்சலி), else s
     * (செந்தில், சுரேஷ்), as Tamil speakers say and spell it in Latin letters.
     */
    private static char tamilCa(String word, int at) {
        boolean doubled = at + 2 < word.length() && word.charAt(at + 1) == TAMIL_PULLI && word.charAt(at + 2) == TAMIL_CA
                || at >= 2 && word.charAt(at - 1) == TAMIL_PULLI && word.charAt(at - 2) == TAMIL_CA;
        boolean afterNya = at >= 2 && word.charAt(at - 1) == TAMIL_PULLI && word.charAt(at - 2) == TAMIL_NYA;
        return doubled ? '\u091A' : afterNya ? '\u091C' : '\u0938';
    }

    /** The word in Latin letters as owners spell names, from any Indian script or Devanagari. */
    static String toLatin(String word) {
        return Devanagari.toLatin(toDevanagari(word));
    }
}
