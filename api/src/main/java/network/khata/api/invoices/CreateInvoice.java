package network.khata.api.invoices;

import network.khata.api.identity.NetworkIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Bills a customer of the business. The invoice id is derived from (business, invoice number): creating it again is idempotent. */
public record CreateInvoice(@TargetAggregateIdentifier UUID invoiceId, UUID businessId, UUID customerId, UUID partyId,
                            String invoiceNumber, BigDecimal amount, LocalDate issueDate, LocalDate dueDate,
                            String description) {

    public static CreateInvoice of(UUID businessId, UUID customerId, String invoiceNumber, BigDecimal amount,
                                   LocalDate issueDate, LocalDate dueDate, String description) {
        return new CreateInvoice(NetworkIds.invoiceId(businessId, invoiceNumber), businessId, customerId,
                NetworkIds.partyId(businessId, customerId), invoiceNumber, amount, issueDate, dueDate, description);
    }
}
