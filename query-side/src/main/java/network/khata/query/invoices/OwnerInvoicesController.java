package network.khata.query.invoices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import network.khata.api.identity.Actor;
import network.khata.query.paging.Cursor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/** The owner's invoices: a filtered, sorted list in pages ({@code GET /api/invoices}) and one invoice in full. */
@RestController
@Validated
public class OwnerInvoicesController {
    private final QueryGateway queries;

    public OwnerInvoicesController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "The business's invoices, filtered and sorted, a page at a time",
            description = "Follow next_cursor for the next page; it is null on the last.")
    @GetMapping("/api/invoices")
    public InvoicePage invoices(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                @RequestParam(required = false) @Pattern(regexp = "unpaid|partially_paid|paid",
                                        message = "must be one of unpaid, partially_paid, paid") String status,
                                @RequestParam(name = "customer_id", required = false) UUID customerId,
                                @Parameter(description = "true: unpaid or part paid and past its due date; false: not overdue")
                                @RequestParam(required = false) Boolean overdue,
                                @Parameter(description = "true: the customer disputes it and the owner has not answered yet")
                                @RequestParam(required = false) Boolean disputed,
                                @RequestParam(name = "issued_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedFrom,
                                @RequestParam(name = "issued_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedTo,
                                @RequestParam(name = "due_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
                                @RequestParam(name = "due_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
                                @Parameter(description = "the invoice number, or its beginning")
                                @RequestParam(required = false) @Size(min = 1, max = 64) String number,
                                @RequestParam(defaultValue = "newest") @Pattern(regexp = OwnerInvoiceQueries.SORTS,
                                        message = "must be one of newest, oldest, due, largest") String sort,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                @RequestParam(required = false) @Size(max = 200) String cursor) {
        FindInvoices.Filter filter = new FindInvoices.Filter(status, customerId, overdue, issuedFrom, issuedTo, dueFrom, dueTo, number,
                disputed);
        return queries.query(new FindInvoices(owner.businessId(), filter, sort, Cursor.decode(cursor), limit), InvoicePage.class).join();
    }

    @Operation(summary = "One invoice in full: payments, messages, reminders, pay link")
    @GetMapping("/api/invoices/{invoiceId}")
    public InvoiceDetail invoice(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID invoiceId) {
        return queries.query(new FindInvoiceDetail(owner.businessId(), invoiceId), InvoiceDetail.class).join();
    }
}
