package network.khata.api.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rupees with paise: BigDecimal, scale 2, never a double. */
public final class Money {
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Money() {
    }

    /** As Indian readers group digits: {@code 125000} is {@code 1,25,000.00} (thousands, then lakhs and crores by twos). */
    public static String indian(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).abs().toPlainString();
        String whole = plain.substring(0, plain.length() - 3);
        StringBuilder grouped = new StringBuilder(whole.substring(Math.max(0, whole.length() - 3)));
        for (int end = whole.length() - 3; end > 0; end -= 2) {
            grouped.insert(0, whole.substring(Math.max(0, end - 2), end) + ",");
        }
        return (amount.signum() < 0 ? "-" : "") + grouped + plain.substring(plain.length() - 3);
    }

    /** The amount at scale 2, or null when it is not a positive amount of whole paise no larger than {@link #MAX}. */
    public static BigDecimal positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
            return null;
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
