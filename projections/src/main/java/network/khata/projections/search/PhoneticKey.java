package network.khata.projections.search;

import network.khata.api.memo.BoundedMemo;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sound of a name word, so that the spellings an Indian name takes in Latin letters meet: Lakshmi/Laxmi,
 * Mukherjee/Mukerjee, Aggarwal/Agarwal, Shri/Sri, Mohd/Mohammed, and a word written in Devanagari meets its Latin
 * spelling (रमेश and Ramesh are both {@code rmes}). Both engines index the key of every name word, and
 * {@link SearchRanking} counts a word with the same key as one edit away: a suggestion, never an exact match.
 *
 * <p>The steps, in order: any Indian script to Latin ({@link IndianScripts}, {@link Devanagari}); well-known short
 * forms and spellings of one name to one word (Luxmi/Lakshmi, Ayyangar/Iyengar, Bhattacharjee/Bhattacharya); a final
 * av, aav or avu is ao (Rao/ராவ்/రావు, Yadav/Yadao); ksh, ks and x alike; ph/f, w/v, q/k, z/j, c/k; er before a consonant or
 * at the end is the inherent a (Verma/वर्मा, Mukherjee/मुखर्जी, Iyer/ஐயர், Harjinder/ਹਰਜਿੰਦਰ); an h after a consonant is
 * silent (kh, gh, chh, th, dh, bh, sh) and so is a final h after a vowel; ng at the end is n (Singh/सिंह), ey at the end
 * is e (Dubey/दुबे); ee/ii are i, oo/uu are u, au/ou/ow are o; v and b alike (Bengali writes both with ব: Biswajit/
 * বিশ্বজিৎ); a voiced stop is its voiceless one, g/k, d/t, b/p (Tamil writes each pair with one letter: Gopal/கோபால்,
 * Padma/பத்மா); y after the first letter is i; a letter written twice is one; an initial ai is i (Iyer/ஐயர்/అయ్యర్);
 * every a, o and u after the first letter is dropped (short and long a, the inherent vowel that Devanagari does not
 * write and that Bengali says as o, and the u and o Latin spellings give it: Dutta/দত্ত, Mondal/মণ্ডল, Menon/மேனன்);
 * e and i stay (Patel is not Patil).
 * A change here changes what both engines index: a migration rebuilds the search read model from the log.
 */
public final class PhoneticKey {
    /** Words shorter than this (in Latin letters) have no key: too many names sound alike at that length. */
    static final int MIN_LENGTH = 3;
    private static final Map<String, String> SAME_NAME = Map.ofEntries(
            Map.entry("mohd", "muhammad"), Map.entry("md", "muhammad"), Map.entry("mohammad", "muhammad"),
            Map.entry("mohammed", "muhammad"), Map.entry("muhammed", "muhammad"), Map.entry("mohamed", "muhammad"),
            Map.entry("mohamad", "muhammad"), Map.entry("muhamad", "muhammad"), Map.entry("mahomed", "muhammad"),
            Map.entry("shri", "sri"), Map.entry("shree", "sri"), Map.entry("sree", "sri"), Map.entry("shrii", "sri"),
            Map.entry("kr", "kumar"), Map.entry("kmr", "kumar"),
            Map.entry("luxmi", "lakshmi"), Map.entry("ayyangar", "iyengar"), Map.entry("rajinder", "rajendra"),
            Map.entry("rajender", "rajendra"), Map.entry("bhattacharjee", "bhattacharya"), Map.entry("chowdhury", "chaudhary"),
            Map.entry("choudhury", "chaudhary"), Map.entry("chowdhary", "chaudhary"));
    /** Rao is how Latin letters write what Telugu and Kannada write raav(u): a final av, aav or avu sounds ao. */
    private static final Pattern FINAL_AV = Pattern.compile("a+vu?$");
    private static final Pattern HARD_C = Pattern.compile("c(?!h)");
    private static final Pattern SILENT_H = Pattern.compile("(?<=[bcdfghjklmnprstvxz])h|(?<=[aeiou])h$");
    private static final Pattern FINAL_NG = Pattern.compile("ng$");
    private static final Pattern FINAL_EY = Pattern.compile("ey$");
    private static final Pattern SCHWA_BEFORE_R = Pattern.compile("er(?=[^aeiouy]|$)");
    private static final Pattern VOICED = Pattern.compile("[gdb]");
    private static final Pattern DOUBLE_LETTER = Pattern.compile("(.)\\1+");

    private PhoneticKey() {
    }

    private static final BoundedMemo<String, String> KNOWN = new BoundedMemo<>(PhoneticKey::make);

    /** The key of one word as {@link NameTokens} makes it; empty when the word is too short to have one. */
    public static String of(String token) {
        return KNOWN.of(token);
    }

    private static String make(String token) {
        String latin = IndianScripts.toLatin(token);
        latin = FINAL_AV.matcher(SAME_NAME.getOrDefault(latin, latin)).replaceAll("ao");
        if (latin.length() < MIN_LENGTH) {
            return "";
        }
        String key = latin.replace("ksh", "x").replace("ks", "x").replace("ck", "k")
                .replace("ph", "f").replace("ow", "o").replace('w', 'v').replace('q', 'k').replace('z', 'j');
        key = SCHWA_BEFORE_R.matcher(HARD_C.matcher(key).replaceAll("k")).replaceAll("ar");
        key = SILENT_H.matcher(key).replaceAll("");
        key = FINAL_EY.matcher(FINAL_NG.matcher(key).replaceAll("n")).replaceAll("e")
                .replace("ee", "i").replace("ii", "i").replace("oo", "u").replace("uu", "u")
                .replace("au", "o").replace("ou", "o");
        key = key.replace('v', 'b');
        key = VOICED.matcher(key).replaceAll(voiced -> switch (voiced.group()) {
            case "g" -> "k";
            case "d" -> "t";
            default -> "p";
        });
        key = key.charAt(0) + key.substring(1).replace('y', 'i');
        key = DOUBLE_LETTER.matcher(key).replaceAll("$1");
        key = key.startsWith("ai") ? key.substring(1) : key;
        return key.charAt(0) + key.substring(1).replaceAll("[aou]", "");
    }
}
