package network.khata.api.invoice;

import java.util.UUID;

/** Where a customer pays: {@code <public url>/pay/<invoice id>} for one invoice. */
public final class PaymentLinks {
    private PaymentLinks() {
    }

    public static String of(String publicUrl, UUID invoiceId) {
        return publicUrl.replaceAll("/+$", "") + "/pay/" + invoiceId;
    }

    /** Where a customer pays what they owe one business: {@code <public url>/pay/business/<business id>}. */
    public static String ofBusiness(String publicUrl, UUID businessId) {
        return publicUrl.replaceAll("/+$", "") + "/pay/business/" + businessId;
    }
}
