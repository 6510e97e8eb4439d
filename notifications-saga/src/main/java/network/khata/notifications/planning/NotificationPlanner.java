package network.khata.notifications.planning;

import network.khata.api.business.BusinessRegistered;
import network.khata.api.business.BusinessUpdated;
import network.khata.api.customer.CustomerRegistered;
import network.khata.api.customer.NotificationPreferencesChanged;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.api.invoice.InvoiceSendRequested;
import network.khata.api.invoice.PaymentLinks;
import network.khata.api.invoice.PaymentRecorded;
import network.khata.api.notification.Channel;
import network.khata.api.notification.MessageContent;
import network.khata.api.notification.MessageTemplate;
import network.khata.api.notification.NotificationType;
import network.khata.api.notification.RequestNotification;
import network.khata.api.verification.OtpIssued;
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
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
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
    private final Counter otpsIssued;

    public NotificationPlanner(ContactBook contacts, FrequencyCap cap, CommandGateway commands,
                               PaymentLinks paymentLinks, MeterRegistry meters) {
        this.contacts = contacts;
        this.cap = cap;
        this.commands = commands;
        this.paymentLinks = paymentLinks;
        this.otpsIssued = meters.counter("khata.otp.issued");
    }

    @EventHandler
    void on(BusinessRegistered event) {
        contacts.saveBusiness(event.businessId(), event.name());
    }

    @EventHandler
    void on(BusinessUpdated event) {
        contacts.saveBusiness(event.businessId(), event.name());
    }

    @EventHandler
    void on(CustomerRegistered event) {
        contacts.saveContact(event.partyId(), event.businessId(), event.customerId(), event.name(), event.phone(), event.email());
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
        Contact contact = contacts.contact(event.partyId())
                .filter(known -> known.businessName() != null)
                .orElseThrow(() -> new IllegalStateException("no contact with its business yet for party " + event.partyId()));
        Preferences preferences = contacts.preferences(event.customerId());
        String language = preferences.language();
        String payLink = paymentLinks.forInvoice(event.invoiceId());
        MessageContent email = MessageRenderer.invoiceEmail(event, contact.email(), contact.name(), contact.businessName(),
                language, payLink);
        boolean emailFallback = !event.channels().contains(Channel.EMAIL) && contact.email() != null
                && preferences.notificationsEnabled() && preferences.allows(Channel.EMAIL.code());
        NotificationType type = event.template() == MessageTemplate.DEFAULT || event.template() == null
                ? NotificationType.INVOICE_CREATED : NotificationType.PAYMENT_REMINDER;

        event.channels().stream().sorted(Comparator.naturalOrder()).forEach(channel -> {
            UUID messageId = NetworkIds.channelMessageId(event.notificationId(), channel);
            MessageContent content = channel == Channel.SMS
                    ? MessageRenderer.invoiceSms(event, contact.phone(), contact.businessName(), language, payLink)
                    : email;
            String suppressed = suppressReason(channel, content, preferences, event.customerId(), messageId, at);
            commands.sendAndWait(new RequestNotification(messageId, event.notificationId(), event.businessId(),
                    event.customerId(), event.invoiceId(), type, channel, content,
                    channel == Channel.SMS && emailFallback ? email : null, suppressed));
        });
    }

    /**
     * A receipt for a recorded payment (by the owner or by Razorpay), on every channel the customer takes and has an
     * address for, within preferences and the cap. Payments recorded before receipts existed name no invoice: none.
     */
    @EventHandler
    @DisallowReplay
    void on(PaymentRecorded event, @Timestamp Instant at) {
        if (event.invoiceNumber() == null) {
            return;
        }
        Contact contact = contacts.contact(event.partyId())
                .filter(known -> known.businessName() != null)
                .orElseThrow(() -> new IllegalStateException("no contact with its business yet for party " + event.partyId()));
        Preferences preferences = contacts.preferences(event.customerId());
        UUID notificationId = NetworkIds.messageId(event.invoiceId(), "receipt/" + event.paymentId());
        for (Channel channel : Channel.values()) {
            String recipient = channel == Channel.SMS ? contact.phone() : contact.email();
            if (recipient == null) {
                continue;
            }
            UUID messageId = NetworkIds.channelMessageId(notificationId, channel);
            MessageContent content = MessageRenderer.receipt(event, channel, recipient, contact.name(),
                    contact.businessName(), preferences.language());
            commands.sendAndWait(new RequestNotification(messageId, notificationId, event.businessId(), event.customerId(),
                    event.invoiceId(), NotificationType.RECEIPT_SENT, channel, content, null,
                    suppressReason(channel, content, preferences, event.customerId(), messageId, at)));
        }
    }

    /** A code the customer needs now: neither capped nor turned off by preferences. */
    @EventHandler
    @DisallowReplay
    void on(OtpIssued event, @MetaDataValue(Actor.BUSINESS_ID) String businessId) {
        UUID messageId = NetworkIds.messageId(event.customerId(), "otp/" + event.expiresAt());
        MessageContent content = MessageRenderer.otpSms(event.phone(), event.sealedCode(),
                contacts.preferences(event.customerId()).language(), event.expiresAt());
        commands.sendAndWait(new RequestNotification(messageId, messageId,
                businessId == null || businessId.isBlank() ? null : UUID.fromString(businessId), event.customerId(),
                null, NotificationType.OTP, Channel.SMS, content, null, null));
        otpsIssued.increment();
    }

    private String suppressReason(Channel channel, MessageContent content, Preferences preferences, UUID customerId,
                                  UUID messageId, Instant at) {
        if (!preferences.notificationsEnabled()) {
            return "notifications_disabled";
        }
        if (!preferences.allows(channel.code())) {
            return "channel_not_preferred";
        }
        if (content.recipient() == null) {
            return "no_" + channel.code() + "_address";
        }
        return cap.admit(customerId, messageId, at) ? null : "frequency_cap";
    }
}
