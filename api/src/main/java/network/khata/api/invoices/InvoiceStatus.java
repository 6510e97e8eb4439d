package network.khata.api.invoices;

import java.math.BigDecimal;
import java.util.Locale;

/** Where an invoice stands: nothing, part or all of its amount paid. */
public enum InvoiceStatus {
    UNPAID, PARTIALLY_PAID, PAID;

    /** The status of an invoice of {@code amount} of which {@code paid} has been paid. */
    public static InvoiceStatus of(BigDecimal paid, BigDecimal amount) {
        return paid.compareTo(amount) >= 0 ? PAID : paid.signum() == 0 ? UNPAID : PARTIALLY_PAID;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
