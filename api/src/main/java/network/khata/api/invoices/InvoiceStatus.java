package network.khata.api.invoices;

import java.util.Locale;

public enum InvoiceStatus {
    UNPAID, PARTIALLY_PAID, PAID;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
