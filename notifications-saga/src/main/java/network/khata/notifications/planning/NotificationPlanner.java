package network.khata.notifications.planning;

import network.khata.api.businesses.BusinessDetailsChanged;
import network.khata.api.businesses.BusinessRegistered;
import network.khata.api.businesses.BusinessUpdated;
import network.khata.api.businesses.ChannelOrderChanged;
import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.NotificationPreferencesChanged;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.api.documents.InvoiceDocument;
import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.payments.PaymentLinks;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.Fallback;
import network.khata.api.messaging.MessageContent;
import network.khata.api.messaging.MessageTemplate;
import network.khata.api.messaging.NotificationType;
import network.khata.api.messaging.RequestNotification;
import network.khata.api.team.TeamCodeIssued;
import network.khata.api.identity.OtpIssued;
import network.khata.notifications.planning.ContactBook.Contact;
import network.khata.notifications.planning.ContactBook.Preferences;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * Turns "tell the customer" into one message per channel, honouring the customer's preferences and the frequency cap,
 * and renders it in the customer's language. Contacts, business names and preferences are kept by this same
 * processing group, so they are always up to date with the event being planned. Message ids are derived from the
 * request, so planning an event twice asks for the same messages (idempotent).
 */
@Component
@ProcessingGroup(NotificationPlanner.GROUP)
public class NotificationPlanner {
    public static final String GROUP = "notification-planning";

    private final ContactBook contacts;
    private final FrequencyCap cap;
    private final CommandGateway commands;
    private final PaymentLinks paymentLinks;
    private final PayLinkCodes payLinkCodes;
    private final String portalLink;
    private final Counter otpsIssued;

    public NotificationPlanner(ContactBook contacts, FrequencyCap cap, CommandGateway commands,
                               PaymentLinks paymentLinks, PayLinkCodes payLinkCodes,
                               @Value("${khata.public-url}") String publicUrl, MeterRegistry meters) {
        this.contacts = contacts;
        this.cap = cap;
        this.commands = commands;
        this.paymentLinks = paymentLinks;
        this.payLinkCodes = payLinkCodes;
        this.portalLink = publicUrl.replaceAll("/+$", "") + "/portal";
        this.otpsIssued = meters.counter("khata.otp.issued");
    }

    @EventHandler
    void on(BusinessRegistered event) {
        contacts.saveBusiness(event.businessId(), event.name());
    }

    @EventHandler
    void on(ChannelOrderChanged event) {
        contacts.saveChannelOrder(event.businessId(), event.order());
    }

    @EventHandler
    void on(BusinessUpdated event) {
        contacts.saveBusiness(event.businessId(), event.name());
    }

    @EventHandler
    void on(BusinessDetailsChanged event) {
        contacts.saveBusinessDetails(event.businessId(), event.address(), event.gstin());
    }

    @EventHandler
    void on(CustomerRegistered event) {
        contacts.saveContact(event.partyId(), event.businessId(), event.customerId(), event.name(), event.phone(), event.email());
    }

    /** "Not me": from now on nothing this business sends reaches the phone (each message is recorded as suppressed). */
    @EventHandler
    void on(network.khata.api.customers.PartyDisowned event) {
        contacts.disown(event.partyId());
    }

    @EventHandler
    void on(NotificationPreferencesChanged event) {
        contacts.savePreferences(event.customerId(), event.notificationsEnabled(), event.channelsCode(), event.preferredLanguage());
    }

    @ResetHandler
    void reset() {
        contacts.clear();
    }

    @EventHandler
    @DisallowReplay
    void on(InvoiceSendRequested event, @Timestamp Instant at) {
        Contact contact = knownContact(event.partyId());
        Preferences preferences = contacts.preferences(event.customerId());
        String language = preferences.language();
        String payLink = payLinkCodes.register(paymentLinks.shortForInvoice(event.invoiceId()));
        InvoiceDocument pdf = event.includePdf()
                ? InvoiceDocuments.of(event, contact, paymentLinks.forInvoice(event.invoiceId())) : null;
        MessageContent email = MessageRenderer.invoiceEmail(event, contact.email(), contact.name(), contact.businessName(),
                language, payLink, pdf);
        MessageContent phone = SmsTexts.invoice(event, contact.phone(), contact.businessName(), language,
                event.includePaymentLink() ? payLink : portalLink);
        NotificationType type = event.template() == MessageTemplate.DEFAULT || event.template() == null
                ? NotificationType.INVOICE_CREATED : NotificationType.PAYMENT_REMINDER;
        request(new Send(event.notificationId(), event.businessId(), event.customerId(), event.invoiceId(), type, event.channels(),
                        true),
                channel -> switch (channel) {
                    case SMS -> phone;
                    case WHATSAPP -> event.includePdf() ? phone.withAttachment(event.invoiceId(), pdf) : phone;
                    case EMAIL -> email;
                }, contact, preferences, at);
    }

    /**
     * A receipt for a recorded payment (by the owner or by Razorpay), on the customer's phone (the business's first
     * channel that reaches it) and by email when the customer has one, within preferences and the cap. Payments
     * recorded before receipts existed name no invoice: none.
     */
    @EventHandler
    @DisallowReplay
    void on(PaymentRecorded event, @Timestamp Instant at) {
        if (event.invoiceNumber() == null) {
            return;
        }
        Contact contact = knownContact(event.partyId());
        Preferences preferences = contacts.preferences(event.customerId());
        MessageContent phone = SmsTexts.receipt(event, contact.phone(), contact.businessName(), preferences.language());
        Set<Channel> channels = Arrays.stream(Channel.values()).filter(channel -> contact.address(channel) != null)
                .collect(Collectors.toSet());
        request(new Send(NetworkIds.messageId(event.invoiceId(), "receipt/" + event.paymentId()), event.businessId(),
                        event.customerId(), event.invoiceId(), NotificationType.RECEIPT_SENT, channels, false),
                channel -> channel == Channel.EMAIL ? MessageRenderer.receiptEmail(event, contact.email(), contact.name(),
                        contact.businessName(), preferences.language()) : phone, contact, preferences, at);
    }

    /**
     * What one send is: one message per channel it goes out on now, under the notification id. {@code answered}: the
     * owner was answered with these channels as queued (a send-to-customer), so each must end visibly: a channel passed
     * over is recorded as suppressed, and a fallback on an asked channel carries that channel's id. A receipt promised
     * nobody its channels: its alternatives are plain fallbacks.
     */
    private record Send(UUID notificationId, UUID businessId, UUID customerId, UUID invoiceId, NotificationType type,
                        Set<Channel> channels, boolean answered) {
        boolean asked(Channel channel) {
            return answered && channels.contains(channel);
        }
    }

    private void request(Send send, Function<Channel, MessageContent> content, Contact contact, Preferences preferences,
                         Instant at) {
        Predicate<Channel> reachable = channel -> Reachability.whyNot(channel, contact.address(channel), preferences) == null;
        List<ChannelPlan.Step> steps = ChannelPlan.of(send.channels(), contact.channelOrder(), reachable);
        for (ChannelPlan.Step step : steps) {
            UUID messageId = step.channel().messageIdOf(send.notificationId());
            MessageContent message = content.apply(step.channel());
            List<Fallback> fallbacks = step.fallbacks().stream().map(channel -> new Fallback(
                    send.asked(channel) ? channel.messageIdOf(send.notificationId())
                            : NetworkIds.messageId(messageId, channel.code() + "-fallback"), channel, content.apply(channel))).toList();
            commands.sendAndWait(new RequestNotification(messageId, send.notificationId(), send.businessId(), send.customerId(),
                    send.invoiceId(), send.type(), step.channel(), message, null,
                    contact.disowned() ? "not_me" : suppressReason(step.channel(), message, preferences, send.customerId(), messageId, at),
                    fallbacks.isEmpty() ? null : fallbacks));
        }
        for (Channel channel : send.answered() ? ChannelPlan.passedOver(send.channels(), steps) : List.<Channel>of()) {
            commands.sendAndWait(new RequestNotification(channel.messageIdOf(send.notificationId()),
                    send.notificationId(), send.businessId(), send.customerId(), send.invoiceId(), send.type(), channel,
                    content.apply(channel), null, Reachability.whyNot(channel, contact.address(channel), preferences), null));
        }
    }

    private Contact knownContact(UUID partyId) {
        return contacts.contact(partyId).filter(known -> known.businessName() != null)
                .orElseThrow(() -> new IllegalStateException("no contact with its business yet for party " + partyId));
    }

    /** A code the customer needs now: neither capped nor turned off by preferences. */
    @EventHandler
    @DisallowReplay
    void on(OtpIssued event, @MetaDataValue(Actor.BUSINESS_ID) String businessId) {
        UUID messageId = NetworkIds.messageId(event.customerId(), "otp/" + event.expiresAt());
        UUID business = businessId == null || businessId.isBlank() ? null : UUID.fromString(businessId);
        ContactBook.CodeRecipient recipient = contacts.codeRecipient(event.customerId(), business);
        sendCode(messageId, business, event.customerId(), SmsTexts.code(event.phone(), event.sealedCode(), recipient.businessName(),
                recipient.language(), event.expiresAt()));
    }

    /**
     * An owner's or staff member's sign-in code, by SMS, never capped. In the language the same phone chose as a customer,
     * if it did; the message is the member's own (no business, no customer of one).
     */
    @EventHandler
    @DisallowReplay
    void on(TeamCodeIssued event) {
        sendCode(NetworkIds.messageId(event.memberId(), "team-code/" + event.expiresAt()), null, event.memberId(),
                SmsTexts.teamCode(event.phone(), event.sealedCode(), contacts.languageOfPhone(event.phone()), event.expiresAt()));
    }

    /** A code goes by SMS now: never capped, whatever the preferences (the person is waiting for it). */
    private void sendCode(UUID messageId, UUID businessId, UUID recipientId, MessageContent content) {
        commands.sendAndWait(new RequestNotification(messageId, messageId, businessId, recipientId, null, NotificationType.OTP,
                Channel.SMS, content, null, null));
        otpsIssued.increment();
    }

    private String suppressReason(Channel channel, MessageContent content, Preferences preferences, UUID customerId,
                                  UUID messageId, Instant at) {
        String unreachable = Reachability.whyNot(channel, content.recipient(), preferences);
        if (unreachable != null) {
            return unreachable;
        }
        return cap.admit(customerId, messageId, at) ? null : "frequency_cap";
    }
}
