package network.khata.app.web;

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
import network.khata.api.Limits;
import network.khata.api.dispute.ConfirmInvoice;
import network.khata.api.dispute.DisputeInvoice;
import network.khata.api.dispute.DisputeReason;
import network.khata.api.identity.Actor;
import network.khata.app.config.BodyExample;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.UUID;

/**
 * The customer's say on an invoice of theirs (issue 28): it is right, or it is not and why. The shop sees it on the
 * invoice and answers; reminders wait while a dispute is open. Another customer's invoice is not found.
 */
@RestController
@RequestMapping("/api/customer-portal/invoices/{invoiceId}")
public class CustomerSayController {
    private final Commands commands;

    public CustomerSayController(Commands commands) {
        this.commands = commands;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Dispute(@NotNull @CodeOf(DisputeReason.class) String reason, @Nullable @PlainText @Size(max = Limits.NOTE) String note) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Say(UUID invoiceId, String customerSay, boolean changed) {
    }

    @Operation(summary = "Say an invoice is right", description = "Withdraws an open dispute of it. Saying it again changes nothing.")
    @PostMapping("/confirm")
    public Say confirm(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer, @PathVariable UUID invoiceId,
                       HttpServletRequest request) {
        return new Say(invoiceId, "confirmed", commands.send(new ConfirmInvoice(invoiceId, customer.id()), customer, request));
    }

    @Operation(summary = "Say an invoice is not right", description = "A reason (wrong_amount, not_received, already_paid, "
            + "not_mine, other) and a note. The shop sees it and answers; until then no reminder goes.")
    @ApiResponse(responseCode = "200", description = "Said: the invoice is disputed (changed false: the same dispute again)",
            content = @Content(schema = @Schema(implementation = Say.class)))
    @ApiResponse(responseCode = "409", description = "`conflict`: the invoice is paid in full")
    @BodyExample("""
            {"reason": "wrong_amount", "note": "We agreed 2,000 for the 10 bags"}""")
    @PostMapping("/dispute")
    public Say dispute(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer, @PathVariable UUID invoiceId,
                       @Valid @RequestBody Dispute body, HttpServletRequest request) {
        DisputeReason reason = DisputeReason.valueOf(body.reason().toUpperCase(Locale.ROOT));
        return new Say(invoiceId, "disputed", commands.send(new DisputeInvoice(invoiceId, customer.id(), reason,
                body.note() == null || body.note().isBlank() ? null : body.note().strip()), customer, request));
    }
}
