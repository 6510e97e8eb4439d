package network.khata.query.portal;

import network.khata.query.documents.Downloads;
import network.khata.query.documents.Languages;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import network.khata.query.customers.Statement;
import network.khata.query.customers.StatementFile;
import network.khata.query.customers.FindCustomerStatement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import network.khata.api.identity.Actor;
import network.khata.api.invoices.InvoicePdf;
import network.khata.query.invoices.RenderCustomerInvoicePdf;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer's side of the network (spec endpoints 6 and 7, plus a dashboard across businesses and the PDF). The
 * caller is the customer of the token; a business id that is not one of theirs is answered as unknown.
 */
@RestController
@RequestMapping("/api/customer-portal")
public class CustomerPortalReadController {
    /** {@code status} filter values, and what each shows. */
    private static final Map<String, List<String>> STATUS_FILTERS = Map.of(
            "unpaid", List.of("unpaid", "partially_paid"),
            "partially_paid", List.of("partially_paid"),
            "paid", List.of("paid"));

    private final QueryGateway queries;

    public CustomerPortalReadController(QueryGateway queries) {
        this.queries = queries;
    }

    /** {@code business_id} narrows to one business (spec); without it, every business's invoices. */
    @Operation(summary = "My invoices, from one business or from every one")
    @ApiResponse(responseCode = "200", description = "The invoices and their totals")
    @ApiResponse(responseCode = "404", description = "`not-found`: business_id names no business that bills this customer")
    @GetMapping("/invoices")
    public InvoiceList invoices(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer,
                                @RequestParam(name = "business_id", required = false) UUID businessId,
                                @RequestParam(name = "status", required = false)
                                @Pattern(regexp = "unpaid|partially_paid|paid", message = "must be one of unpaid, partially_paid, paid")
                                String status) {
        List<String> statuses = status == null ? null : STATUS_FILTERS.get(status);
        return queries.query(new FindPortalInvoices(customer.id(), businessId, statuses), InvoiceList.class).join();
    }

    @Operation(summary = "What I owe one business")
    @ApiResponse(responseCode = "200", description = "The balance")
    @ApiResponse(responseCode = "404", description = "`not-found`: business_id names no business that bills this customer")
    @GetMapping("/balance")
    public Balance balance(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer,
                           @RequestParam(name = "business_id") UUID businessId) {
        return queries.query(new FindPortalBalance(customer.id(), businessId), Balance.class).join();
    }

    @Operation(summary = "My totals across every business that bills me")
    @GetMapping("/dashboard")
    public Dashboard dashboard(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer) {
        return queries.query(new FindPortalDashboard(customer.id()), Dashboard.class).join();
    }

    @Operation(summary = "My transaction history: every invoice and payment with each business, with balances",
            description = "From every business that bills me, or one (business_id); from and to bound the period.")
    @ApiResponse(responseCode = "200", description = "The statement")
    @ApiResponse(responseCode = "404", description = "`not-found`: business_id names no business that bills this customer")
    @GetMapping("/statement")
    public Statement statement(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer,
                               @RequestParam(name = "business_id", required = false) UUID businessId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.query(new FindCustomerStatement(customer.id(), businessId, from, to), Statement.class).join();
    }

    @Operation(summary = "The same history as a file: CSV or PDF, in any of ten languages (lang: hi, en, mr, gu, bn, ta, te, kn, ml, pa)")
    @ApiResponse(responseCode = "200", description = "The statement", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "404", description = "`not-found`: business_id names no business that bills this customer")
    @GetMapping("/statement/export")
    public ResponseEntity<byte[]> statementFile(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer,
                                                @RequestParam(name = "business_id", required = false) UUID businessId,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                @RequestParam(defaultValue = "en") @Pattern(regexp = Languages.PATTERN, message = Languages.PATTERN_MESSAGE) String lang,
                                                @RequestParam(defaultValue = "csv") @Pattern(regexp = StatementFile.FORMATS,
                                                        message = "must be csv or pdf") String format) {
        return StatementFile.of(statement(customer, businessId, from, to).accounts(), format, lang, from, to, "khata-statement");
    }

    @Operation(summary = "Download one of my invoices as PDF", description = "lang: hi, en (default), mr, gu, bn, ta, te, kn, ml or pa.")
    @ApiResponse(responseCode = "200", description = "The invoice",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/invoices/{invoiceId}/pdf")
    public ResponseEntity<byte[]> pdf(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer, @PathVariable UUID invoiceId,
                                      @RequestParam(defaultValue = "en") @Pattern(regexp = Languages.PATTERN,
                                              message = Languages.PATTERN_MESSAGE) String lang) {
        InvoicePdf pdf = queries.query(new RenderCustomerInvoicePdf(invoiceId, customer.id(), lang), InvoicePdf.class).join();
        return Downloads.of(pdf);
    }
}
