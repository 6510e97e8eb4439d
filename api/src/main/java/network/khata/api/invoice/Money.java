package network.khata.api.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rupees with paise: BigDecimal, scale 2, never a double. */
public final class Money {
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Money() {
    }

    /** The amount at scale 2, or null when it is not a positive amount of whole paise no larger than {@link #MAX}. */
    public static BigDecimal positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
            return null;
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
