package network.khata.api.invoices;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The owner asked to tell the customer about an invoice; carries what the messages need to say. */
public record InvoiceSendRequested(UUID invoiceId, UUID businessId, UUID notificationId, UUID customerId, UUID partyId,
                                   String invoiceNumber, BigDecimal amount, BigDecimal outstanding, LocalDate issueDate,
                                   LocalDate dueDate, Set<Channel> channels, MessageTemplate template,
                                   String customMessage, boolean includePaymentLink, boolean includePdf) implements BusinessEvent, CustomerEvent {
}
