package network.khata.api.messaging;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A language the network writes to customers in; the wire form is the lower-case ISO 639-1 code. */
public enum Language {
    HI, EN, MR, GU, BN, TA, TE, KN, ML, PA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
