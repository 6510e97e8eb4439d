package network.khata.query.payments;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * NPCI's UPI deep-link form: {@code upi://pay?pa=<vpa>&pn=<payee>&am=<amount>&cu=INR&tn=<note>&tr=<reference>}, values
 * percent-encoded (spaces as %20, which every UPI app reads; the address's {@code @} as it is), the amount in rupees
 * with two decimals.
 */
final class UpiUri {
    private static final int NOTE_LENGTH = 50;
    private static final int REFERENCE_LENGTH = 35;

    private UpiUri() {
    }

    static String of(String vpa, String payee, BigDecimal amount, String reference, String note) {
        return "upi://pay?pa=" + encode(vpa) + "&pn=" + encode(payee) + "&am=" + amount.setScale(2).toPlainString()
                + "&cu=INR&tn=" + encode(shorten(note, NOTE_LENGTH)) + "&tr=" + encode(shorten(reference, REFERENCE_LENGTH));
    }

    private static String shorten(String text, int length) {
        return text.codePointCount(0, text.length()) <= length ? text : text.substring(0, text.offsetByCodePoints(0, length));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
    }
}
