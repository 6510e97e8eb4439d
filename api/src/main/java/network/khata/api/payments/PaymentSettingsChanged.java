package network.khata.api.payments;

import network.khata.api.sequencing.BusinessEvent;

import java.util.Set;
import java.util.UUID;

/** Where the business's customers pay from now on (every field given, changed or not). */
public record PaymentSettingsChanged(UUID businessId, String upiVpa, String payeeName, Set<PaymentMethod> methods)
        implements BusinessEvent {
}
