package network.khata.query.disputes;

import io.swagger.v3.oas.annotations.Operation;
import network.khata.api.identity.Actor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The customer reads what they and the shop said about one of their invoices (the owner reads it on the invoice). */
@RestController
public class InvoiceConversationController {
    private final QueryGateway queries;

    public InvoiceConversationController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "What I and the shop said about an invoice", description = "Where it stands (confirmed, disputed "
            + "or null) and each word, oldest first: confirmed, disputed (reason, note), corrected (the credit note), upheld.")
    @GetMapping("/api/customer-portal/invoices/{invoiceId}/conversation")
    public InvoiceConversation conversation(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer, @PathVariable UUID invoiceId) {
        return queries.query(new FindInvoiceConversation(customer.id(), invoiceId), InvoiceConversation.class).join();
    }
}
