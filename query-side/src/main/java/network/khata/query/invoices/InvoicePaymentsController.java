package network.khata.query.invoices;

import io.swagger.v3.oas.annotations.Operation;
import network.khata.api.identity.Actor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** {@code GET /api/invoices/{invoice_id}/payments}: the owner sees each payment of an invoice and how it arrived. */
@RestController
public class InvoicePaymentsController {
    private final QueryGateway queries;

    public InvoicePaymentsController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "An invoice's payments")
    @GetMapping("/api/invoices/{invoiceId}/payments")
    public InvoicePaymentList payments(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID invoiceId) {
        return queries.query(new FindInvoicePayments(owner.businessId(), invoiceId), InvoicePaymentList.class).join();
    }
}
