package network.khata.api.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The owner answers an open dispute: {@code CORRECTED} with the invoice's new amount (a credit note for the
 * difference: less than the amount, not less than what is paid), or {@code UPHELD} with a note saying why.
 */
public record ResolveDispute(@TargetAggregateIdentifier UUID invoiceId, UUID businessId, DisputeResolution resolution,
                             BigDecimal correctedAmount, String note) {
}
