package network.khata.api.invoices;

import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/** Tells the invoice's customer about it; sending the same notification id again changes nothing. */
public record SendInvoice(@TargetAggregateIdentifier UUID invoiceId, UUID businessId, UUID notificationId,
                          UUID customerId, Set<Channel> channels, MessageTemplate template, String customMessage,
                          boolean includePaymentLink, boolean includePdf) {
}
