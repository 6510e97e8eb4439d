package network.khata.api.payments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A provider's payment link was made for the invoice (Razorpay's {@code plink_…} and its short URL); again changes nothing. */
public record AttachPaymentLink(@TargetAggregateIdentifier UUID invoiceId, String provider, String linkId, String url) {
}
