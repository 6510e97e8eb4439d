package network.khata.api.invoice;

import java.util.UUID;

/** Where a customer pays an invoice: {@code <public url>/pay/<invoice id>}. */
public final class PaymentLinks {
    private PaymentLinks() {
    }

    public static String of(String publicUrl, UUID invoiceId) {
        return publicUrl.replaceAll("/+$", "") + "/pay/" + invoiceId;
    }
}
