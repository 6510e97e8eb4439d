package network.khata.notifications.sms;

import java.util.LinkedHashMap;
import java.util.Map;

/** A template's variables filled: each value fitted to its variable's limit, in the template's order. */
public final class SmsValues {
    private SmsValues() {
    }

    /**
     * @throws IllegalArgumentException when a variable of the template has no value, or a value cannot fit (a link
     *                                  longer than a {@code {#url#}} takes: the public URL is too long to whitelist)
     */
    public static Map<String, String> fitted(SmsTemplate template, String language, Map<String, String> values) {
        Map<String, String> fitted = new LinkedHashMap<>();
        for (SmsVariable variable : template.variables(language)) {
            String value = values.get(variable.key());
            if (value == null) {
                throw new IllegalArgumentException(template.code() + " needs " + variable.key());
            }
            fitted.put(variable.key(), fit(variable, value));
        }
        return fitted;
    }

    private static String fit(SmsVariable variable, String value) {
        String fitted = switch (variable) {
            case BUSINESS, CUSTOMER -> ValueShortener.name(value, variable.limit());
            case INVOICE -> ValueShortener.identifier(value, variable.limit());
            default -> value;
        };
        if (ValueShortener.length(fitted) > variable.limit()) {
            throw new IllegalArgumentException(variable.key() + " is longer than its " + variable.limit() + " characters: " + fitted);
        }
        return fitted;
    }
}
