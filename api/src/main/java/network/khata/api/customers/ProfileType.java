package network.khata.api.customers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of customer a business bills; the wire form is the lower-case name. */
public enum ProfileType {
    INDIVIDUAL, BUSINESS, FARMER, RETAILER, CORPORATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The wire form of a type that may be absent. */
    public static String codeOf(ProfileType type) {
        return type == null ? null : type.code();
    }

    public static Optional<ProfileType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
