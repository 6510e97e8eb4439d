package network.khata.query.customers;

import network.khata.query.documents.Languages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import network.khata.api.identity.Actor;
import network.khata.query.paging.Cursor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The owner's customers ({@code GET /api/customers}) and each one's ledger, as JSON or as a CSV statement. */
@RestController
@Validated
public class OwnerCustomersController {
    private final QueryGateway queries;

    public OwnerCustomersController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "The business's customers and what each owes, a page at a time",
            description = "sort outstanding: who owes most first; last_activity: most recent first. Follow next_cursor.")
    @GetMapping("/api/customers")
    public CustomerPage customers(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                  @RequestParam(defaultValue = "outstanding") @Pattern(regexp = OwnerCustomerQueries.SORTS,
                                          message = "must be one of outstanding, last_activity") String sort,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(required = false) Boolean verified,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                  @RequestParam(required = false) @Size(max = 200) String cursor) {
        return queries.query(new ListCustomers(owner.businessId(), sort, overdue, verified, Cursor.decode(cursor), limit),
                CustomerPage.class).join();
    }

    @Operation(summary = "A customer's ledger: every invoice and payment with the running balance")
    @GetMapping("/api/customers/{customerId}/ledger")
    public Ledger ledger(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID customerId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.query(new FindCustomerLedger(owner.businessId(), customerId, from, to), Ledger.class).join();
    }

    @Operation(summary = "The same ledger as a statement to share: CSV or PDF, in any of ten languages (lang: hi, en, mr, gu, bn, ta, te, kn, ml, pa)")
    @ApiResponse(responseCode = "200", description = "The statement", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @GetMapping("/api/customers/{customerId}/ledger/export")
    public ResponseEntity<byte[]> statement(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID customerId,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(defaultValue = "en") @Pattern(regexp = Languages.PATTERN, message = Languages.PATTERN_MESSAGE) String lang,
                                            @RequestParam(defaultValue = "csv") @Pattern(regexp = StatementFile.FORMATS,
                                                    message = "must be csv or pdf") String format) {
        return StatementFile.of(List.of(ledger(owner, customerId, from, to)), format, lang, from, to, "statement-" + customerId);
    }
}
