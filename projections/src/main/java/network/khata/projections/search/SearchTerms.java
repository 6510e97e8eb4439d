package network.khata.projections.search;

import network.khata.api.identity.PhoneNumbers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an owner typed, read every way search uses it: as name words and their {@link PhoneticKey}s, as a full phone
 * number (E.164), as the beginning or the end of a phone number (four or more digits, then not as name words), as
 * an email address.
 */
public record SearchTerms(String text, List<String> nameTokens, List<String> nameKeys, Optional<String> phone,
                          Optional<String> phoneDigits, Optional<String> email) {
    static final int MIN_PHONE_DIGITS = 4;
    /** The country code a number typed without one belongs to (as in {@link PhoneNumbers}). */
    private static final String HOME_COUNTRY_CODE = "+91";

    public static SearchTerms parse(String query) {
        String text = query.trim();
        String digits = text.replaceAll("[\\s+()\\-]", "");
        boolean numeric = !digits.isEmpty() && digits.chars().allMatch(Character::isDigit);
        boolean partOfANumber = numeric && digits.length() >= MIN_PHONE_DIGITS;
        List<String> tokens = partOfANumber ? List.of() : NameTokens.of(text);
        return new SearchTerms(
                text,
                tokens,
                NameTokens.keys(tokens),
                numeric ? PhoneNumbers.toE164(text) : Optional.empty(),
                partOfANumber ? Optional.of(digits) : Optional.empty(),
                text.contains("@") ? Optional.of(text.toLowerCase(Locale.ROOT)) : Optional.empty());
    }

    /** The lower-case text, compared with a document's {@link CustomerSearchDocument#sortName()}. */
    public String typedName() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The E.164 prefixes a number beginning with the typed digits has: with its country code typed or not. */
    public List<String> phonePrefixes() {
        return phoneDigits.map(digits -> List.of("+" + digits, HOME_COUNTRY_CODE + digits)).orElse(List.of());
    }

    /** The typed digits backwards: the beginning of every number they end, written backwards. */
    public Optional<String> phoneEndReversed() {
        return phoneDigits.map(digits -> new StringBuilder(digits).reverse().toString());
    }

    /** Whether the typed digits begin or end {@code phone}: how owners remember part of a number. */
    public boolean phoneHolds(String phone) {
        return phoneDigits.filter(phone::endsWith).isPresent() || phonePrefixes().stream().anyMatch(phone::startsWith);
    }
}
