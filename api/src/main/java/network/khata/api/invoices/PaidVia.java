package network.khata.api.invoices;

import java.util.Locale;

/** How a payment reached the ledger: recorded by the owner, or reported by Razorpay's webhook. */
public enum PaidVia {
    OWNER, RAZORPAY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Events from before this field was recorded were all the owner's. */
    public static PaidVia orOwner(PaidVia via) {
        return via == null ? OWNER : via;
    }
}
