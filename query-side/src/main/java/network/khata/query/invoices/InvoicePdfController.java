package network.khata.query.invoices;

import network.khata.query.documents.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;
import network.khata.api.identity.Actor;
import network.khata.api.invoices.InvoicePdf;
import network.khata.query.documents.Languages;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The owner downloads an invoice as PDF, in one of the ten languages: a read, answered by the query that renders it. */
@RestController
@Validated
public class InvoicePdfController {
    private final QueryGateway queries;

    public InvoicePdfController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Download an invoice as PDF", description = "lang: hi, en (default), mr, gu, bn, ta, te, kn, ml or pa.")
    @ApiResponse(responseCode = "200", description = "The invoice",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/invoices/{invoiceId}/pdf")
    public ResponseEntity<byte[]> pdf(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID invoiceId,
                                      @RequestParam(defaultValue = "en") @Pattern(regexp = Languages.PATTERN,
                                              message = Languages.PATTERN_MESSAGE) String lang) {
        InvoicePdf pdf = queries.query(new RenderInvoicePdf(invoiceId, owner.businessId(), lang), InvoicePdf.class).join();
        return Downloads.of(pdf);
    }
}
