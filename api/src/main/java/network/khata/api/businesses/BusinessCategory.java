package network.khata.api.businesses;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a business sells, as onboarding names it: the network compares a business only with others of its category
 * (and size). The wire form is the lower-case name.
 */
public enum BusinessCategory {
    GROCERY, AGRI_INPUTS, PHARMACY, HARDWARE, CLOTHING, ELECTRONICS, WHOLESALE, RESTAURANT, SERVICES, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BusinessCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code().equals(code)).findFirst();
    }
}
