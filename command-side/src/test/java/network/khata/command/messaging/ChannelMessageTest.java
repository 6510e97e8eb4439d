package network.khata.command.messaging;

import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageContent;
import network.khata.api.messaging.NotificationFailed;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.messaging.NotificationSent;
import network.khata.api.messaging.NotificationStatus;
import network.khata.api.messaging.NotificationStatusReported;
import network.khata.api.messaging.NotificationType;
import network.khata.api.messaging.OwnerAlertRaised;
import network.khata.api.messaging.RecordNotificationFailed;
import network.khata.api.messaging.RecordNotificationSent;
import network.khata.api.messaging.RecordProviderReport;
import network.khata.api.messaging.RequestNotification;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class ChannelMessageTest {
    private static final UUID MESSAGE = UUID.randomUUID();
    private static final UUID NOTIFICATION = UUID.randomUUID();
    private static final UUID BUSINESS = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final UUID INVOICE = UUID.randomUUID();
    private static final MessageContent SMS = new MessageContent("+919876543210", null, "Your invoice", null, null, null);

    private AggregateTestFixture<ChannelMessage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChannelMessage.class);
    }

    private static RequestNotification request(String suppressReason) {
        return new RequestNotification(MESSAGE, NOTIFICATION, BUSINESS, CUSTOMER, INVOICE, NotificationType.INVOICE_CREATED,
                Channel.SMS, SMS, null, suppressReason);
    }

    private static NotificationRequested requested() {
        return requested(null);
    }

    private static NotificationRequested requested(String suppressReason) {
        return new NotificationRequested(MESSAGE, NOTIFICATION, BUSINESS, CUSTOMER, INVOICE, NotificationType.INVOICE_CREATED,
                Channel.SMS, SMS, null, suppressReason);
    }

    @Test
    void aRequestIsRecordedOnceAndASuppressedOneIsNeverPending() {
        fixture.givenNoPriorActivity().when(request(null)).expectEvents(requested());
        fixture.given(requested()).when(request(null)).expectNoEvents();
        fixture.givenNoPriorActivity().when(request("frequency_cap")).expectEvents(requested("frequency_cap"));
        fixture.given(requested("frequency_cap"))
                .when(new RecordNotificationSent(MESSAGE, "msg-1", 1)).expectNoEvents();
    }

    @Test
    void aFinalFailureAlertsTheOwner() {
        fixture.given(requested())
                .when(new RecordNotificationFailed(MESSAGE, "gave up"))
                .expectEvents(new NotificationFailed(MESSAGE, "gave up"),
                        new OwnerAlertRaised(MESSAGE, BUSINESS, CUSTOMER, INVOICE, Channel.SMS, "gave up"));
    }

    @Test
    void statusesOnlyMoveForwardAndRepeatsChangeNothing() {
        NotificationSent sent = new NotificationSent(MESSAGE, "msg-1", 1);
        NotificationStatusReported delivered = new NotificationStatusReported(MESSAGE, NotificationStatus.DELIVERED, "ok");
        fixture.given(requested(), sent)
                .when(new RecordProviderReport(MESSAGE, NotificationStatus.DELIVERED, "ok"))
                .expectEvents(delivered);
        fixture.given(requested(), sent, delivered)
                .when(new RecordProviderReport(MESSAGE, NotificationStatus.DELIVERED, "again")).expectNoEvents();
        fixture.given(requested(), sent)
                .when(new RecordNotificationSent(MESSAGE, "msg-2", 2)).expectNoEvents();
        fixture.given(requested())
                .when(new RecordProviderReport(MESSAGE, NotificationStatus.DELIVERED, "early")).expectNoEvents();
    }

    @Test
    void aBounceAfterSendingAlertsTheOwner() {
        fixture.given(requested(), new NotificationSent(MESSAGE, "msg-1", 1))
                .when(new RecordProviderReport(MESSAGE, NotificationStatus.BOUNCED, "mailbox full"))
                .expectEvents(new NotificationStatusReported(MESSAGE, NotificationStatus.BOUNCED, "mailbox full"),
                        new OwnerAlertRaised(MESSAGE, BUSINESS, CUSTOMER, INVOICE, Channel.SMS, "sms bounced: mailbox full"));
    }
}
