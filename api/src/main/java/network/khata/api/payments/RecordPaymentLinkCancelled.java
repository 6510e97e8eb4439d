package network.khata.api.payments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The provider's payment link of the invoice was cancelled (its amount is no longer what is due); again changes nothing. */
public record RecordPaymentLinkCancelled(@TargetAggregateIdentifier UUID invoiceId, String provider, String linkId) {
}
