package network.khata.query.payments;

import java.util.UUID;

/** Query: where the business's customers pay; answers {@link PaymentSettings}. */
public record FindPaymentSettings(UUID businessId) {
}
