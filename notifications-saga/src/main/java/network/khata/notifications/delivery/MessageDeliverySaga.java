package network.khata.notifications.delivery;

import org.axonframework.config.ProcessingGroup;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import network.khata.api.messaging.Fallback;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.messaging.RecordNotificationFailed;
import network.khata.api.messaging.RecordNotificationSent;
import network.khata.api.messaging.RecordSendAttemptFailed;
import network.khata.api.messaging.RequestNotification;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import network.khata.notifications.DeliveryException;

/**
 * Drives one message to a final status. It sends at once; when the provider fails for a while (a 5xx, a time-out)
 * it records the failed attempt and tries again after a growing back-off, through a durable deadline. A provider
 * refusal (a 4xx) or the last failed attempt ends it as failed, which alerts the owner. A failed SMS falls back to
 * email when the planner gave it an email to fall back to. A message that overtook its invoice into the read models
 * ({@link ContentNotReady}) is looked at again after a second, without counting an attempt. A fallback on a channel the
 * owner asked for (it was answered as queued) ends visibly too: suppressed as not needed when this message was sent,
 * or for this message's own reason when this one is suppressed. Saga state is the request, the attempt count and the
 * waits for content.
 */
@Saga
@ProcessingGroup(MessageDeliverySaga.GROUP)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MessageDeliverySaga {
    /** Its processing group, named like every other (it was Axon's default, MessageDeliverySagaProcessor). */
    public static final String GROUP = "message-delivery";
    static final String RETRY = "retry-delivery";

    private NotificationRequested message;
    private int attempts;
    private int contentWaits;

    private transient CommandGateway commands;
    private transient Couriers couriers;
    private transient DeadlineManager deadlines;
    private transient RetryPolicy retryPolicy;
    private transient Clock clock;

    @StartSaga
    @SagaEventHandler(associationProperty = "messageId")
    void on(NotificationRequested event) {
        message = event;
        if (event.suppressReason() != null) {
            settleAskedFallbacks(event.suppressReason());
            SagaLifecycle.end();
            return;
        }
        attempt();
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        attempt();
    }

    private void attempt() {
        Instant now = clock.instant();
        if (message.content().validUntil() != null && now.isAfter(message.content().validUntil())) {
            giveUp("expired before it could be sent");
            return;
        }
        try {
            String providerId = couriers.deliver(message, attempts + 1);
            attempts++;
            commands.sendAndWait(new RecordNotificationSent(message.messageId(), providerId, attempts));
            settleAskedFallbacks("fallback_not_needed");
            SagaLifecycle.end();
        } catch (ContentNotReady e) {
            if (retryPolicy.mayWaitForContent(contentWaits)) {
                contentWaits++;
                deadlines.schedule(retryPolicy.contentWait(), RETRY);
            } else {
                failed(e, now);
            }
        } catch (DeliveryException e) {
            failed(e, now);
        }
    }

    private void failed(DeliveryException e, Instant now) {
        attempts++;
        if (e.permanent()) {
            giveUp("refused by the provider: " + e.getMessage());
        } else if (!retryPolicy.mayRetryAfter(attempts)) {
            giveUp("not delivered after " + attempts + " attempts: " + e.getMessage());
        } else {
            Duration backoff = retryPolicy.backoffAfter(attempts);
            commands.sendAndWait(new RecordSendAttemptFailed(message.messageId(), attempts, e.getMessage(), now.plus(backoff)));
            deadlines.schedule(backoff, RETRY);
        }
    }

    private void giveUp(String reason) {
        commands.sendAndWait(new RecordNotificationFailed(message.messageId(), reason));
        List<Fallback> chain = message.fallbackChain();
        if (!chain.isEmpty()) {
            request(chain.get(0), null, chain.size() > 1 ? List.copyOf(chain.subList(1, chain.size())) : null);
        }
        SagaLifecycle.end();
    }

    /** Records the fallbacks on channels the owner asked for as suppressed: this message made them unnecessary. */
    private void settleAskedFallbacks(String reason) {
        message.askedFallbacks().forEach(fallback -> request(fallback, reason, null));
    }

    private void request(Fallback fallback, String suppressReason, List<Fallback> fallbacks) {
        commands.sendAndWait(new RequestNotification(fallback.messageId(), message.notificationId(), message.businessId(),
                message.customerId(), message.invoiceId(), message.type(), fallback.channel(), fallback.content(), null,
                suppressReason, fallbacks));
    }

    @Autowired
    void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @Autowired
    void setCouriers(Couriers couriers) {
        this.couriers = couriers;
    }

    @Autowired
    void setDeadlines(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }

    @Autowired
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Autowired
    void setRetryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
    }
}
