package network.khata.app.messaging;

import network.khata.app.problems.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import network.khata.query.messaging.FindMessageByProviderId;
import jakarta.servlet.http.HttpServletRequest;
import network.khata.api.identity.Actor;
import network.khata.api.messaging.RecordProviderReport;
import network.khata.app.security.RowScope;
import network.khata.notifications.ProviderReport;
import network.khata.notifications.email.SendGridEventWebhook;
import network.khata.notifications.sms.Msg91DeliveryReports;
import network.khata.notifications.whatsapp.WhatsAppWebhook;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import network.khata.app.web.ActorCommandGateway;

/**
 * Provider webhooks: {@code POST /api/webhooks/sendgrid} (signed events), {@code POST /api/webhooks/msg91?token=}
 * (delivery reports) and {@code GET/POST /api/webhooks/whatsapp} (handshake; signed statuses). A report is recorded on its message; repeats change nothing. A report for a message not known
 * yet (MSG91's report can overtake our own record of its id) answers 503, so the provider sends the batch again.
 */
@RestController
public class ProviderWebhookController {
    private static final Logger log = LoggerFactory.getLogger(ProviderWebhookController.class);

    private final ObjectProvider<SendGridEventWebhook> sendGrid;
    private final ObjectProvider<Msg91DeliveryReports> msg91;
    private final ObjectProvider<WhatsAppWebhook> whatsApp;
    private final QueryGateway queries;
    private final ActorCommandGateway commands;

    public ProviderWebhookController(ObjectProvider<SendGridEventWebhook> sendGrid, ObjectProvider<Msg91DeliveryReports> msg91,
                                     ObjectProvider<WhatsAppWebhook> whatsApp, QueryGateway queries, ActorCommandGateway commands) {
        this.whatsApp = whatsApp;
        this.sendGrid = sendGrid;
        this.msg91 = msg91;
        this.queries = queries;
        this.commands = commands;
    }

    @Operation(summary = "SendGrid's event webhook (signed)")
    @ApiResponse(responseCode = "204", description = "Recorded")
    @ApiResponse(responseCode = "401", description = "`bad-signature`: the event webhook signature does not verify")
    @ApiResponse(responseCode = "404", description = "`not-configured`: SendGrid is not this service's provider")
    @PostMapping("/api/webhooks/sendgrid")
    public ResponseEntity<?> sendGrid(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")))) @RequestBody String payload,
                                      @RequestHeader(name = SendGridEventWebhook.SIGNATURE_HEADER, required = false) String signature,
                                      @RequestHeader(name = SendGridEventWebhook.TIMESTAMP_HEADER, required = false) String timestamp,
                                      HttpServletRequest request) throws IOException {
        SendGridEventWebhook webhook = sendGrid.getIfAvailable();
        if (webhook == null) {
            return notConfigured("SendGrid");
        }
        if (!webhook.isSigned(signature, timestamp, payload)) {
            return problem(HttpStatus.UNAUTHORIZED, "bad-signature", "the event webhook signature does not verify");
        }
        record(webhook.reports(payload), "sendgrid", "email", request);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "MSG91's delivery reports (token in the query)")
    @ApiResponse(responseCode = "204", description = "Recorded")
    @ApiResponse(responseCode = "401", description = "`bad-token`: the webhook token is not this service's")
    @ApiResponse(responseCode = "404", description = "`not-configured`: MSG91 is not this service's provider")
    @ApiResponse(responseCode = "503", description = "`not-yet-known`: a report names a message not recorded yet; send again")
    @PostMapping("/api/webhooks/msg91")
    public ResponseEntity<?> msg91(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object")))) @RequestBody String payload, @RequestParam(name = "token", required = false) String token,
                                   HttpServletRequest request) throws IOException {
        Msg91DeliveryReports reports = msg91.getIfAvailable();
        if (reports == null) {
            return notConfigured("MSG91");
        }
        if (!reports.isAuthentic(token)) {
            return problem(HttpStatus.UNAUTHORIZED, "bad-token", "the webhook token is not this service's");
        }
        boolean allKnown = record(reports.reports(payload), "msg91", "sms", request);
        return allKnown ? ResponseEntity.noContent().build()
                : problem(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-known", "a report names a message not recorded yet; send again");
    }

    /** Meta's subscription handshake: echo the challenge when the verify token is ours. */
    @Operation(summary = "WhatsApp's subscription handshake: echoes hub.challenge")
    @ApiResponse(responseCode = "200", description = "The challenge", content = @Content(mediaType = "text/plain", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = "`bad-token`: the verify token is not this service's")
    @ApiResponse(responseCode = "404", description = "`not-configured`: WhatsApp is not this service's provider")
    @GetMapping("/api/webhooks/whatsapp")
    public ResponseEntity<?> whatsAppHandshake(@RequestParam(name = "hub.mode", required = false) String mode,
                                               @RequestParam(name = "hub.verify_token", required = false) String token,
                                               @RequestParam(name = "hub.challenge", required = false) String challenge) {
        WhatsAppWebhook webhook = whatsApp.getIfAvailable();
        if (webhook == null) {
            return notConfigured("WhatsApp");
        }
        if (!webhook.subscribes(mode, token) || challenge == null) {
            return problem(HttpStatus.FORBIDDEN, "bad-token", "the verify token is not this service's");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @Operation(summary = "WhatsApp's status webhook (signed)")
    @ApiResponse(responseCode = "200", description = "Recorded", content = @Content)
    @ApiResponse(responseCode = "401", description = "`bad-signature`: X-Hub-Signature-256 does not verify")
    @ApiResponse(responseCode = "404", description = "`not-configured`: WhatsApp is not this service's provider")
    @ApiResponse(responseCode = "503", description = "`not-yet-known`: a status names a message not recorded yet; send again")
    @PostMapping("/api/webhooks/whatsapp")
    public ResponseEntity<?> whatsApp(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(type = "object"))) @RequestBody String payload,
                                      @RequestHeader(name = WhatsAppWebhook.SIGNATURE_HEADER, required = false) String signature,
                                      HttpServletRequest request) throws IOException {
        WhatsAppWebhook webhook = whatsApp.getIfAvailable();
        if (webhook == null) {
            return notConfigured("WhatsApp");
        }
        if (!webhook.isSigned(signature, payload)) {
            return problem(HttpStatus.UNAUTHORIZED, "bad-signature", "X-Hub-Signature-256 is not the HMAC of this body with the app secret");
        }
        boolean allKnown = record(webhook.reports(payload), "whatsapp", "whatsapp", request);
        return allKnown ? ResponseEntity.ok().build()
                : problem(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-known", "a status names a message not recorded yet; send again");
    }

    /** @return whether every report named a message we know. Providers act for the system: every row. */
    private boolean record(List<ProviderReport> reports, String provider, String channel, HttpServletRequest request) {
        return RowScope.callAs(RowScope.SYSTEM, () -> recordAll(reports, provider, channel, request));
    }

    private boolean recordAll(List<ProviderReport> reports, String provider, String channel, HttpServletRequest request) {
        boolean allKnown = true;
        for (ProviderReport report : reports) {
            Optional<UUID> messageId = report.byProviderId()
                    ? queries.query(new FindMessageByProviderId(channel, report.reference()),
                            ResponseTypes.optionalInstanceOf(UUID.class)).join()
                    : parse(report.reference());
            if (messageId.isEmpty()) {
                allKnown = !report.byProviderId() && allKnown;
                continue;
            }
            try {
                commands.send(new RecordProviderReport(messageId.get(), report.status(), report.detail()), Actor.provider(provider), request);
            } catch (AggregateNotFoundException e) {
                log.warn("{} reported on message {}, which is not ours", provider, messageId.get());
            }
        }
        return allKnown;
    }

    private static Optional<UUID> parse(String reference) {
        try {
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<ProblemDetail> notConfigured(String provider) {
        return problem(HttpStatus.NOT_FOUND, "not-configured", provider + " is not this service's provider");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, slug, status.getReasonPhrase(), detail));
    }
}
