package network.khata.projections.search;

import network.khata.api.identity.PhoneNumbers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an owner typed, read every way search uses it: as name words, as a full phone number (E.164), as part of a
 * phone number (four or more digits), as an email address.
 */
public record SearchTerms(String text, List<String> nameTokens, Optional<String> phone, Optional<String> phoneDigits,
                          Optional<String> email) {
    static final int MIN_PHONE_DIGITS = 4;

    public static SearchTerms parse(String query) {
        String text = query.trim();
        String digits = text.replaceAll("[\\s+()\\-]", "");
        boolean numeric = !digits.isEmpty() && digits.chars().allMatch(Character::isDigit);
        return new SearchTerms(
                text,
                NameTokens.of(text),
                numeric ? PhoneNumbers.toE164(text) : Optional.empty(),
                numeric && digits.length() >= MIN_PHONE_DIGITS ? Optional.of(digits) : Optional.empty(),
                text.contains("@") ? Optional.of(text.toLowerCase(Locale.ROOT)) : Optional.empty());
    }
}
