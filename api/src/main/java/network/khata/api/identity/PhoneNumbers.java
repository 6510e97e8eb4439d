package network.khata.api.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import network.khata.api.memo.BoundedMemo;

import java.util.Optional;

/** Phone numbers in E.164, the only form a command or event carries. Numbers without a country code are Indian. */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "IN";
    /** Parsing and validating a number is costly and a request checks its number in several places: remembered. */
    private static final BoundedMemo<String, Optional<String>> KNOWN = new BoundedMemo<>(PhoneNumbers::parse);

    private PhoneNumbers() {
    }

    /** The E.164 form of a valid number, or empty for anything that is not one. */
    public static Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 32) {
            return Optional.empty();
        }
        return KNOWN.of(raw);
    }

    private static Optional<String> parse(String raw) {
        try {
            PhoneNumber number = UTIL.parse(raw.trim(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The region (ISO 3166 code, e.g. {@code IN}) of a valid number, or empty. */
    public static Optional<String> region(String raw) {
        return toE164(raw).map(e164 -> {
            try {
                return UTIL.getRegionCodeForNumber(UTIL.parse(e164, DEFAULT_REGION));
            } catch (NumberParseException e) {
                return null;
            }
        });
    }

    public static boolean isE164(String phone) {
        return phone != null && toE164(phone).filter(phone::equals).isPresent();
    }
}
