package network.khata.app.invoices;

import network.khata.api.disputes.DisputeResolution;
import network.khata.api.disputes.ResolveDispute;
import network.khata.api.team.OwnerOnly;
import network.khata.app.config.BodyExample;
import network.khata.api.businesses.BusinessTimeZone;
import network.khata.app.web.Limits;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.api.invoices.CreateInvoice;
import network.khata.api.invoices.InvoiceState;
import network.khata.api.invoices.PaidVia;
import network.khata.api.payments.PaymentLinks;
import network.khata.api.invoices.RecordPayment;
import network.khata.api.invoices.SendInvoice;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;
import network.khata.api.messaging.PreviewSend;
import network.khata.query.customers.Contact;
import network.khata.query.customers.FindContact;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.lang.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import network.khata.app.web.OneOfCodes;
import network.khata.app.web.ActorCommandGateway;
import network.khata.app.web.LedgerDate;
import network.khata.app.web.PlainText;

/**
 * An owner's invoices: create ({@code POST /api/invoices}), record a payment, send to the customer (spec endpoint 3)
 * and download the PDF. Every write is idempotent: by invoice number, by payment id, by {@code Idempotency-Key}.
 */
@RestController
public class InvoiceController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private final ActorCommandGateway commands;
    private final QueryGateway queries;
    private final PaymentLinks paymentLinks;

    public InvoiceController(ActorCommandGateway commands, QueryGateway queries, PaymentLinks paymentLinks) {
        this.commands = commands;
        this.queries = queries;
        this.paymentLinks = paymentLinks;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CreateInvoiceRequest(@NotNull UUID customerId,
                                       @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}") String invoiceNumber,
                                       @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                                       @Nullable @JsonProperty("issue_date") @LedgerDate LocalDate issueDate, @Nullable @LedgerDate LocalDate dueDate,
                                       @Nullable @PlainText(multiline = true) @Size(max = Limits.DESCRIPTION) String description) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PaymentRequest(@Nullable @PlainText @Size(min = 1, max = Limits.PAYMENT_ID) String paymentId,
                                 @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                                 @Nullable @LedgerDate LocalDate paidOn,
                                 @Nullable @Pattern(regexp = "upi|card|netbanking|cash|bank_transfer|cheque|other") String method) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @NoFreeTextOnSms
    public record SendRequest(@Nullable UUID customerId,
                              @NotEmpty List<@OneOfCodes(Channel.class) String> channels,
                              @Nullable @OneOfCodes(MessageTemplate.class) String messageTemplate,
                              @Nullable @PlainText(multiline = true) @Size(max = Limits.CUSTOM_MESSAGE) String customMessage,
                              @Nullable Boolean includePaymentLink,
                              @Nullable Boolean includePdfAttachment) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record InvoiceResponse(UUID invoiceId, UUID customerId, String invoiceNumber, BigDecimal amount,
                                  BigDecimal amountPaid, BigDecimal outstanding, String status,
                                  @JsonProperty("issue_date") LocalDate issueDate, @Nullable LocalDate dueDate, String paymentLink) {
    }

    /**
     * One message as planned when the owner is answered: {@code queued} (goes out now), {@code fallback} (only if the
     * channel in {@code reason} fails) or {@code suppressed} (cannot reach the customer: {@code reason} says why). Its
     * end is at the status URL (the daily cap is counted when it is planned).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ChannelStatus(String status, UUID messageId, @Nullable String reason) {
    }

    /** The same, as the spec names a channel, with the address it goes to. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ChannelDelivery(String status, UUID messageId, @Nullable String recipient, @Nullable String reason) {
    }

    /**
     * The spec's answer ({@code channels_sent}: the channels that go out now; {@code sms}, {@code email},
     * {@code whatsapp}: null when not asked for) and ours from before it ({@code channels_requested}, {@code channels}).
     * The send's {@code customer_id} may be left out: the invoice's customer; another customer is refused (400).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SendResponse(UUID notificationId, UUID invoiceId, UUID customerId, List<String> channelsSent,
                               @Nullable ChannelDelivery sms, @Nullable ChannelDelivery email, @Nullable ChannelDelivery whatsapp,
                               List<String> channelsRequested,
                               Map<String, ChannelStatus> channels, String statusUrl, Instant createdAt) {
    }

    @Operation(summary = "Create an invoice", description = "Idempotent by invoice number: the same number with the same "
            + "content answers 200 with the invoice as it is.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "Created before with the same content")
    @ApiResponse(responseCode = "404", description = "`not-found`: the customer is not one of this business's")
    @ApiResponse(responseCode = "409", description = "`conflict`: the invoice number is taken by a different invoice")
    @BodyExample("""
            {"customer_id": "c2675057-e44b-5a0b-849c-5c2acfbb3f00", "invoice_number": "INV-2026-001", "amount": 125000.50, "due_date": "2026-12-31", "description": "Urea, 50 bags"}""")
    @PostMapping("/api/invoices")
    public ResponseEntity<InvoiceResponse> create(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                                  @Valid @RequestBody CreateInvoiceRequest body, HttpServletRequest request) {
        InvoiceState state = commands.send(CreateInvoice.of(owner.businessId(), body.customerId(), body.invoiceNumber(),
                body.amount(), body.issueDate() == null ? LocalDate.now(BusinessTimeZone.DEFAULT) : body.issueDate(), body.dueDate(),
                body.description()), owner, request);
        return ResponseEntity.status(state.changed() ? HttpStatus.CREATED : HttpStatus.OK).body(response(state));
    }

    @Operation(summary = "Record a payment", description = "Idempotent by payment_id, else by Idempotency-Key.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "200", description = "Recorded before: the invoice as it is")
    @ApiResponse(responseCode = "409", description = "`conflict`: more than is outstanding, or the payment id was used with another amount")
    @BodyExample("""
            {"payment_id": "upi-426711", "amount": 25000, "paid_on": "2026-11-30", "method": "upi"}""")
    @PostMapping("/api/invoices/{invoiceId}/payments")
    public ResponseEntity<InvoiceResponse> pay(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                               @PathVariable UUID invoiceId, @Valid @RequestBody PaymentRequest body,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                               @PlainText @Size(min = 1, max = Limits.IDEMPOTENCY_KEY) String key,
                                               HttpServletRequest request) {
        String paymentId = body.paymentId() != null ? body.paymentId() : key != null ? key : UUID.randomUUID().toString();
        InvoiceState state = commands.send(new RecordPayment(invoiceId, owner.businessId(), paymentId, body.amount(),
                body.paidOn() == null ? LocalDate.now(BusinessTimeZone.DEFAULT) : body.paidOn(),
                body.method() == null ? "other" : body.method(), PaidVia.OWNER), owner, request);
        return ResponseEntity.status(state.changed() ? HttpStatus.CREATED : HttpStatus.OK).body(response(state));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DisputeAnswer(@NotNull @OneOfCodes(DisputeResolution.class) String resolution,
                                @Nullable @Digits(integer = 13, fraction = 2) BigDecimal correctedAmount,
                                @Nullable @PlainText @Size(max = Limits.NOTE) String note) {
    }

    /** Issue 28: the owner's answer to the customer's dispute; the customer sees it in the portal, reminders go on. */
    @Operation(summary = "Answer the customer's dispute of an invoice", description = "corrected: a credit note takes the "
            + "invoice down to corrected_amount (less than its amount, not less than what is paid); upheld: it stands, the "
            + "note says why. Reminders, paused while the dispute was open, go on if anything is still owed.")
    @ApiResponse(responseCode = "200", description = "Answered: the invoice as it is now")
    @ApiResponse(responseCode = "409", description = "`conflict`: no open dispute, or the corrected amount is less than what is paid")
    @BodyExample("""
            {"resolution": "corrected", "corrected_amount": 2000, "note": "Agreed price: 2,000 for 10 bags"}""")
    @OwnerOnly
    @PostMapping("/api/invoices/{invoiceId}/dispute-answer")
    public InvoiceResponse answerDispute(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID invoiceId,
                                         @Valid @RequestBody DisputeAnswer body, HttpServletRequest request) {
        DisputeResolution resolution = DisputeResolution.valueOf(body.resolution().toUpperCase(java.util.Locale.ROOT));
        return response(commands.send(new ResolveDispute(invoiceId, owner.businessId(), resolution, body.correctedAmount(),
                body.note()), owner, request));
    }

    @Operation(summary = "Send an invoice to its customer", description = "One message per channel asked for: queued "
            + "(goes now), fallback (only if another fails) or suppressed (with the reason); each ends sent, failed or "
            + "suppressed at status_url. customer_id may be left out (the invoice's customer).")
    @ApiResponse(responseCode = "202", description = "Planned: follow status_url")
    @ApiResponse(responseCode = "409", description = "`conflict`: the Idempotency-Key was used for a different send")
    @BodyExample("""
            {"channels": ["sms", "email"], "message_template": "default", "include_payment_link": true, "include_pdf_attachment": true}""")
    @PostMapping("/api/invoices/{invoiceId}/send-to-customer")
    public ResponseEntity<SendResponse> send(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                             @PathVariable UUID invoiceId, @Valid @RequestBody SendRequest body,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                             @PlainText @Size(min = 1, max = Limits.IDEMPOTENCY_KEY) String key,
                                             HttpServletRequest request) {
        UUID notificationId = key == null ? UUID.randomUUID() : NetworkIds.messageId(invoiceId, "send/" + key);
        Set<Channel> channels = body.channels().stream().map(code -> Channel.fromCode(code).orElseThrow())
                .collect(Collectors.toUnmodifiableSet());
        InvoiceState invoice = commands.send(new SendInvoice(invoiceId, owner.businessId(), notificationId, body.customerId(), channels,
                MessageTemplate.fromCode(body.messageTemplate() == null ? "default" : body.messageTemplate()).orElseThrow(),
                body.customMessage(), !Boolean.FALSE.equals(body.includePaymentLink()),
                !Boolean.FALSE.equals(body.includePdfAttachment())), owner, request);
        PreviewSend.Preview plan = queries.query(new PreviewSend(owner.businessId(), invoice.customerId(), channels),
                PreviewSend.Preview.class).join();
        Map<String, ChannelStatus> statuses = new LinkedHashMap<>();
        channels.stream().sorted().forEach(channel -> statuses.put(channel.code(), new ChannelStatus(plan.channels().get(channel).status(),
                channel.messageIdOf(notificationId), plan.channels().get(channel).reason())));
        Contact contact = queries.query(new FindContact(owner.businessId(), invoice.customerId()), Contact.class).join();
        List<String> goingNow = statuses.entrySet().stream().filter(entry -> entry.getValue().status().equals(
                PreviewSend.Planned.QUEUED.status())).map(Map.Entry::getKey).toList();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new SendResponse(notificationId, invoiceId, invoice.customerId(),
                goingNow, delivery(statuses.get(Channel.SMS.code()), contact.phone()),
                delivery(statuses.get(Channel.EMAIL.code()), contact.email()),
                delivery(statuses.get(Channel.WHATSAPP.code()), contact.phone()), List.copyOf(statuses.keySet()), statuses,
                "/api/notifications/" + notificationId, Instant.now()));
    }

    private static ChannelDelivery delivery(ChannelStatus requested, String recipient) {
        return requested == null ? null : new ChannelDelivery(requested.status(), requested.messageId(), recipient, requested.reason());
    }

    private InvoiceResponse response(InvoiceState state) {
        return new InvoiceResponse(state.invoiceId(), state.customerId(), state.invoiceNumber(), state.amount(),
                state.amountPaid(), state.outstanding(), state.status().code(), state.issueDate(), state.dueDate(),
                paymentLinks.forInvoice(state.invoiceId()));
    }
}
