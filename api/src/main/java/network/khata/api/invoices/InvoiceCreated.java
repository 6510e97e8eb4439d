package network.khata.api.invoices;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record InvoiceCreated(UUID invoiceId, UUID businessId, UUID customerId, UUID partyId, String invoiceNumber,
                             BigDecimal amount, LocalDate issueDate, LocalDate dueDate, String description) implements BusinessEvent, CustomerEvent {
}
