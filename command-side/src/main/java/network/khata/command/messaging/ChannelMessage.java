package network.khata.command.messaging;

import network.khata.api.messaging.Channel;
import network.khata.api.messaging.NotificationAttemptFailed;
import network.khata.api.messaging.NotificationFailed;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.messaging.NotificationSent;
import network.khata.api.messaging.NotificationStatus;
import network.khata.api.messaging.NotificationStatusReported;
import network.khata.api.messaging.OwnerAlertRaised;
import network.khata.api.messaging.RecordNotificationFailed;
import network.khata.api.messaging.RecordNotificationSent;
import network.khata.api.messaging.RecordProviderReport;
import network.khata.api.messaging.RecordSendAttemptFailed;
import network.khata.api.messaging.RequestNotification;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static network.khata.api.messaging.NotificationStatus.BOUNCED;
import static network.khata.api.messaging.NotificationStatus.DELIVERED;
import static network.khata.api.messaging.NotificationStatus.FAILED;
import static network.khata.api.messaging.NotificationStatus.OPENED;
import static network.khata.api.messaging.NotificationStatus.PENDING;
import static network.khata.api.messaging.NotificationStatus.SENT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import network.khata.command.InvalidCommandException;

/**
 * One message on one channel and its status, which only moves forward. Every command is idempotent: a status it
 * already has, or one behind it, changes nothing (providers repeat and reorder their reports). Its id is the message's
 * ({@code messageId}); a send ({@code notificationId}) is one or more of these, one per channel it went out on. Its
 * events keep their names ({@code NotificationRequested}, ...: they are stored); events stored before this aggregate
 * had its name say {@code Notification} in the event store's type column, which the audit trail reads under this name.
 */
@Aggregate
public class ChannelMessage {
    private static final Set<NotificationStatus> PROVIDER_REPORTS = EnumSet.of(DELIVERED, OPENED, BOUNCED, FAILED);

    @AggregateIdentifier
    private UUID messageId;
    private UUID businessId;
    private UUID customerId;
    private UUID invoiceId;
    private Channel channel;
    private NotificationStatus status;

    protected ChannelMessage() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestNotification command) {
        if (messageId != null) {
            return;
        }
        if (command.content() == null || command.channel() == null || command.type() == null) {
            throw new InvalidCommandException("a notification needs a type, a channel and its content");
        }
        apply(new NotificationRequested(command.messageId(), command.notificationId(), command.businessId(),
                command.customerId(), command.invoiceId(), command.type(), command.channel(), command.content(),
                command.fallbackTo(), command.suppressReason(), command.fallbacks()));
    }

    @CommandHandler
    public void handle(RecordSendAttemptFailed command) {
        if (status == PENDING) {
            apply(new NotificationAttemptFailed(messageId, command.attempt(), command.reason(), command.retryAt()));
        }
    }

    @CommandHandler
    public void handle(RecordNotificationSent command) {
        if (status == PENDING) {
            apply(new NotificationSent(messageId, command.providerMessageId(), command.attempt()));
        }
    }

    @CommandHandler
    public void handle(RecordNotificationFailed command) {
        if (status == PENDING) {
            apply(new NotificationFailed(messageId, command.reason()));
            apply(new OwnerAlertRaised(messageId, businessId, customerId, invoiceId, channel, command.reason()));
        }
    }

    @CommandHandler
    public void handle(RecordProviderReport command) {
        if (!PROVIDER_REPORTS.contains(command.status())) {
            throw new InvalidCommandException("a provider can report delivered, opened, bounced or failed");
        }
        if (status.isFinal() || status == PENDING || command.status().ordinal() <= status.ordinal()) {
            return;
        }
        apply(new NotificationStatusReported(messageId, command.status(), command.detail()));
        if (command.status() == FAILED || command.status() == BOUNCED) {
            apply(new OwnerAlertRaised(messageId, businessId, customerId, invoiceId, channel,
                    channel.code() + " " + command.status().code() + ": " + command.detail()));
        }
    }

    @EventSourcingHandler
    void on(NotificationRequested event) {
        messageId = event.messageId();
        businessId = event.businessId();
        customerId = event.customerId();
        invoiceId = event.invoiceId();
        channel = event.channel();
        status = event.suppressReason() == null ? PENDING : NotificationStatus.SUPPRESSED;
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        status = SENT;
    }

    @EventSourcingHandler
    void on(NotificationFailed event) {
        status = FAILED;
    }

    @EventSourcingHandler
    void on(NotificationStatusReported event) {
        status = event.status();
    }
}
