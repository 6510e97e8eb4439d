package network.khata.app.payments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import network.khata.api.identity.Actor;
import network.khata.api.invoices.PaidVia;
import network.khata.api.invoices.RecordPayment;
import network.khata.app.security.RowScope;
import network.khata.app.web.ActorCommandGateway;
import network.khata.app.problems.Problems;
import network.khata.command.ConflictException;
import network.khata.command.NotFoundException;
import network.khata.notifications.payments.RazorpayWebhook;
import network.khata.notifications.payments.RazorpayWebhook.ReportedPayment;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * {@code POST /api/webhooks/razorpay}: a signed {@code payment_link.paid} or {@code payment.captured} records the
 * payment on its invoice, once per Razorpay payment id however often it arrives. An unsigned or wrongly signed request
 * gets 401 and changes nothing. A payment the ledger cannot take (more than is due, an invoice not ours) is logged and
 * acknowledged: Razorpay sending it again would not change that.
 */
@RestController
public class RazorpayWebhookController {
    private static final Logger log = LoggerFactory.getLogger(RazorpayWebhookController.class);

    private final ObjectProvider<RazorpayWebhook> webhook;
    private final ActorCommandGateway commands;

    public RazorpayWebhookController(ObjectProvider<RazorpayWebhook> webhook, ActorCommandGateway commands) {
        this.webhook = webhook;
        this.commands = commands;
    }

    @Operation(summary = "Razorpay's payment webhook (signed)")
    @ApiResponse(responseCode = "200", description = "Recorded, or not a payment this service follows", content = @Content)
    @ApiResponse(responseCode = "401", description = "`bad-signature`: X-Razorpay-Signature does not verify")
    @ApiResponse(responseCode = "404", description = "`not-configured`: Razorpay is not this service's provider")
    @PostMapping("/api/webhooks/razorpay")
    public ResponseEntity<?> razorpay(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))) @RequestBody String payload,
                                      @RequestHeader(name = RazorpayWebhook.SIGNATURE_HEADER, required = false) String signature,
                                      HttpServletRequest request) throws IOException {
        RazorpayWebhook razorpay = webhook.getIfAvailable();
        if (razorpay == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "not-configured", "Not configured", "Razorpay is not this service's provider"));
        }
        if (!razorpay.isSigned(signature, payload)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Problems.of(HttpStatus.UNAUTHORIZED, "bad-signature",
                    "Bad signature", "X-Razorpay-Signature is not the HMAC of this body with the webhook secret"));
        }
        razorpay.payment(payload).ifPresent(paid -> RowScope.callAs(RowScope.SYSTEM, () -> record(paid, request)));
        return ResponseEntity.ok().build();
    }

    private Object record(ReportedPayment paid, HttpServletRequest request) {
        try {
            return commands.send(new RecordPayment(paid.invoiceId(), paid.businessId(), paid.paymentId(), paid.amount(),
                    paid.paidOn(), paid.method(), PaidVia.RAZORPAY), Actor.provider("razorpay"), request);
        } catch (ConflictException | NotFoundException | AggregateNotFoundException e) {
            log.warn("Razorpay payment {} for invoice {} not recorded: {}", paid.paymentId(), paid.invoiceId(), e.getMessage());
            return null;
        }
    }
}
