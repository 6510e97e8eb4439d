package network.khata.notifications.sms;

import java.util.Arrays;

/**
 * A variable of the SMS templates and how much it may hold. DLT allows a {@code {#var#}} at most 30 characters; the
 * link is registered as a {@code {#url#}} of the whitelisted domain, which may be longer.
 */
public enum SmsVariable {
    BUSINESS(30), INVOICE(30), AMOUNT(30), BALANCE(30), DUE(30), OTP(30), LINK(100), CUSTOMER(30), PHONE(30);

    public static final int DLT_VARIABLE_LIMIT = 30;

    private final int limit;

    SmsVariable(int limit) {
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static SmsVariable named(String key) {
        return Arrays.stream(values()).filter(variable -> variable.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no SMS variable " + key));
    }
}
