package network.khata.app.disputes;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import network.khata.app.web.Limits;
import network.khata.api.disputes.ConfirmInvoice;
import network.khata.api.disputes.DisputeInvoice;
import network.khata.api.disputes.DisputeReason;
import network.khata.api.customers.DisownParty;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.app.config.BodyExample;
import network.khata.query.disputes.FindInvoiceBusiness;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.UUID;
import network.khata.app.web.OneOfCodes;
import network.khata.app.web.ActorCommandGateway;
import network.khata.app.web.PlainText;

/**
 * The customer's say (issue 28): an invoice is right, or it is not and why (the shop sees it on the invoice and answers;
 * reminders wait while a dispute is open), or a business's customer of their number is not them at all ("not me").
 * Another customer's invoice, or a business that does not hold the number, is not found.
 */
@RestController
public class CustomerSayController {
    private final ActorCommandGateway commands;
    private final QueryGateway queries;

    public CustomerSayController(ActorCommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * The customer, speaking to the business of the invoice: the events carry that business, so its audit trail shows
     * what its customer said. An invoice not theirs has no business here, and the command finds no invoice of theirs.
     */
    private Actor toBusinessOf(Actor customer, UUID invoiceId) {
        UUID business = queries.query(new FindInvoiceBusiness(customer.id(), invoiceId), ResponseTypes.optionalInstanceOf(UUID.class))
                .join().orElse(null);
        return new Actor(customer.kind(), customer.id(), business);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Dispute(@NotNull @OneOfCodes(DisputeReason.class) String reason, @Nullable @PlainText @Size(max = Limits.NOTE) String note) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Say(UUID invoiceId, String customerSay, boolean changed) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record NotMe(UUID businessId, boolean changed) {
    }

    /** Issue 28, the risk table's phone conflict: the business holds this number for someone else. */
    @Operation(summary = "Say a business's customer of my number is not me", description = "Messages from that business "
            + "to this number stop, the business is told, and it leaves this portal. Saying it again changes nothing.")
    @PostMapping("/api/customer-portal/businesses/{businessId}/not-me")
    public NotMe notMe(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer, @PathVariable UUID businessId,
                       HttpServletRequest request) {
        return new NotMe(businessId, commands.send(new DisownParty(NetworkIds.partyId(businessId, customer.id()), customer.id()),
                new Actor(customer.kind(), customer.id(), businessId), request));
    }

    @Operation(summary = "Say an invoice is right", description = "Withdraws an open dispute of it. Saying it again changes nothing.")
    @PostMapping("/api/customer-portal/invoices/{invoiceId}/confirm")
    public Say confirm(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer, @PathVariable UUID invoiceId,
                       HttpServletRequest request) {
        return new Say(invoiceId, "confirmed", commands.send(new ConfirmInvoice(invoiceId, customer.id()),
                toBusinessOf(customer, invoiceId), request));
    }

    @Operation(summary = "Say an invoice is not right", description = "A reason (wrong_amount, not_received, already_paid, "
            + "not_mine, other) and a note. The shop sees it and answers; until then no reminder goes.")
    @ApiResponse(responseCode = "200", description = "Said: the invoice is disputed (changed false: the same dispute again)",
            content = @Content(schema = @Schema(implementation = Say.class)))
    @ApiResponse(responseCode = "409", description = "`conflict`: the invoice is paid in full")
    @BodyExample("""
            {"reason": "wrong_amount", "note": "We agreed 2,000 for the 10 bags"}""")
    @PostMapping("/api/customer-portal/invoices/{invoiceId}/dispute")
    public Say dispute(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer, @PathVariable UUID invoiceId,
                       @Valid @RequestBody Dispute body, HttpServletRequest request) {
        DisputeReason reason = DisputeReason.valueOf(body.reason().toUpperCase(Locale.ROOT));
        return new Say(invoiceId, "disputed", commands.send(new DisputeInvoice(invoiceId, customer.id(), reason,
                body.note() == null || body.note().isBlank() ? null : body.note().strip()), toBusinessOf(customer, invoiceId), request));
    }
}
