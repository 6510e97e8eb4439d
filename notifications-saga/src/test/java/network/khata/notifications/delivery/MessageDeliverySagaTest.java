package network.khata.notifications.delivery;

import network.khata.api.documents.InvoiceDocument;
import network.khata.api.invoices.RenderInvoiceDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import network.khata.api.identity.NetworkIds;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageContent;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.messaging.NotificationType;
import network.khata.api.messaging.RecordNotificationFailed;
import network.khata.api.messaging.RecordNotificationSent;
import network.khata.api.messaging.RecordSendAttemptFailed;
import network.khata.api.messaging.RequestNotification;
import network.khata.api.identity.OtpCodec;
import network.khata.notifications.email.LocalEmailOutbox;
import network.khata.testsupport.SuppliedClock;
import network.khata.api.invoices.InvoicePdf;
import network.khata.api.invoices.FindInvoiceAttachment;
import network.khata.api.invoices.InvoiceAttachment;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

class MessageDeliverySagaTest {
    private static final UUID MESSAGE = UUID.randomUUID();
    private static final UUID NOTIFICATION = UUID.randomUUID();
    private static final UUID BUSINESS = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final UUID INVOICE = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final MessageContent SMS = new MessageContent("+919876543210", null, "Invoice INV-1 is ready", null, null, null);
    private static final MessageContent EMAIL = new MessageContent("ramesh@example.com", "Invoice INV-1", "Dear Ramesh", null, null, null);
    private static final OtpCodec CODEC = new OtpCodec("a-test-secret-that-is-long-enough-123456");

    private final RetryPolicy retryPolicy = new RetryPolicy(3, Duration.ofSeconds(30), 2, Duration.ofMinutes(30),
            Duration.ofSeconds(1), 5);
    private final LocalEmailOutbox email = new LocalEmailOutbox();

    private SagaTestFixture<MessageDeliverySaga> fixture(ScriptedSmsSender sms) {
        return fixture(sms, null);
    }

    private SagaTestFixture<MessageDeliverySaga> fixture(ScriptedSmsSender sms, QueryGateway queries) {
        SagaTestFixture<MessageDeliverySaga> fixture = new SagaTestFixture<>(MessageDeliverySaga.class);
        fixture.registerResource(new Couriers(sms, email, CODEC, queries, ProviderCalls.uncounted(), new network.khata.notifications.whatsapp.LocalWhatsAppOutbox(),
                ProviderCallLedger.none()));
        fixture.registerResource(retryPolicy);
        fixture.registerResource(new SuppliedClock(fixture::currentTime));
        fixture.registerCommandGateway(CommandGateway.class);
        fixture.withTransienceCheckDisabled();
        return fixture;
    }

    private static NotificationRequested smsRequested(MessageContent fallback, String suppressReason) {
        return new NotificationRequested(MESSAGE, NOTIFICATION, BUSINESS, CUSTOMER, INVOICE, NotificationType.INVOICE_CREATED,
                Channel.SMS, SMS, fallback, suppressReason);
    }

    @Test
    void aMessageThatGoesThroughIsRecordedAsSentAndTheSagaEnds() {
        ScriptedSmsSender sms = new ScriptedSmsSender();
        fixture(sms).givenCurrentTime(NOW)
                .whenPublishingA(smsRequested(null, null))
                .expectDispatchedCommands(new RecordNotificationSent(MESSAGE, "sms-1", 1))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
        assertThat(sms.sentTo("+919876543210")).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Invoice INV-1 is ready"));
    }

    @Test
    void aTransientFailureIsRetriedAfterABackoffAndThenSucceeds() {
        ScriptedSmsSender sms = new ScriptedSmsSender().failTransiently(1);
        var fixture = fixture(sms);
        fixture.givenCurrentTime(NOW)
                .whenPublishingA(smsRequested(null, null))
                .expectDispatchedCommands(new RecordSendAttemptFailed(MESSAGE, 1, "503 from provider", NOW.plusSeconds(30)))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), MessageDeliverySaga.RETRY)
                .expectActiveSagas(1);
        fixture.whenTimeElapses(Duration.ofSeconds(30))
                .expectDispatchedCommands(new RecordNotificationSent(MESSAGE, "sms-1", 2))
                .expectActiveSagas(0);
        assertThat(sms.sentTo("+919876543210")).hasSize(1);
    }

    @Test
    void exhaustedRetriesFailTheSmsAndFallBackToEmail() {
        ScriptedSmsSender sms = new ScriptedSmsSender().failTransiently(3);
        var fixture = fixture(sms);
        fixture.givenCurrentTime(NOW).whenPublishingA(smsRequested(EMAIL, null))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), MessageDeliverySaga.RETRY);
        fixture.whenTimeElapses(Duration.ofSeconds(30))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(60), MessageDeliverySaga.RETRY);
        fixture.whenTimeElapses(Duration.ofSeconds(60))
                .expectDispatchedCommands(
                        new RecordNotificationFailed(MESSAGE, "not delivered after 3 attempts: 503 from provider"),
                        new RequestNotification(NetworkIds.messageId(MESSAGE, "email-fallback"), NOTIFICATION, BUSINESS,
                                CUSTOMER, INVOICE, NotificationType.INVOICE_CREATED, Channel.EMAIL, EMAIL, null, null))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
        assertThat(sms.sentTo("+919876543210")).isEmpty();
    }

    @Test
    void aProviderRefusalFailsAtOnceWithoutRetrying() {
        fixture(new ScriptedSmsSender().refuse()).givenCurrentTime(NOW)
                .whenPublishingA(smsRequested(null, null))
                .expectDispatchedCommands(new RecordNotificationFailed(MESSAGE, "refused by the provider: 400 invalid number"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void aSuppressedMessageIsNeverSent() {
        ScriptedSmsSender sms = new ScriptedSmsSender();
        fixture(sms).givenCurrentTime(NOW)
                .whenPublishingA(smsRequested(null, "frequency_cap"))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
        assertThat(sms.sentTo("+919876543210")).isEmpty();
    }

    @Test
    void aCodeIsFilledInOnlyWhenSentAndNotSentOnceExpired() {
        ScriptedSmsSender sms = new ScriptedSmsSender();
        MessageContent otp = new MessageContent("+919876543210", null, MessageContent.CODE_PLACEHOLDER + " is your code",
                CODEC.seal("123456"), null, NOW.plusSeconds(600));
        NotificationRequested requested = new NotificationRequested(MESSAGE, MESSAGE, null, CUSTOMER, null, NotificationType.OTP,
                Channel.SMS, otp, null, null);
        fixture(sms).givenCurrentTime(NOW).whenPublishingA(requested)
                .expectDispatchedCommands(new RecordNotificationSent(MESSAGE, "sms-1", 1));
        assertThat(sms.lastTo("+919876543210")).hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("123456 is your code"));

        ScriptedSmsSender late = new ScriptedSmsSender();
        fixture(late).givenCurrentTime(NOW.plusSeconds(601)).whenPublishingA(requested)
                .expectDispatchedCommands(new RecordNotificationFailed(MESSAGE, "expired before it could be sent"));
        assertThat(late.sentTo("+919876543210")).isEmpty();
    }

    @Test
    void aMessageThatOvertookItsInvoiceIsLookedAtAgainEverySecondWithoutCountingAnAttempt() {
        InvoiceAppearsAfter invoices = new InvoiceAppearsAfter(2);
        var fixture = fixture(new ScriptedSmsSender(), invoices.gateway());
        NotificationRequested requested = new NotificationRequested(MESSAGE, NOTIFICATION, BUSINESS, CUSTOMER, INVOICE,
                NotificationType.INVOICE_CREATED, Channel.EMAIL, EMAIL.withAttachment(INVOICE, null), null, null);
        fixture.givenCurrentTime(NOW).whenPublishingA(requested)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Duration.ofSeconds(1), MessageDeliverySaga.RETRY);
        fixture.whenTimeElapses(Duration.ofSeconds(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Duration.ofSeconds(1), MessageDeliverySaga.RETRY);
        fixture.whenTimeElapses(Duration.ofSeconds(1))
                .expectDispatchedCommandsMatching(payloadsMatching(exactSequenceOf(predicate(command ->
                        command instanceof RecordNotificationSent sent && sent.attempt() == 1))))
                .expectActiveSagas(0);
        assertThat(email.sentTo("ramesh@example.com")).singleElement().satisfies(m ->
                assertThat(m.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("INV-1.pdf")));
    }

    @Test
    void aMessageWhoseInvoiceNeverAppearsFailsAnAttemptAfterItsWaitsAndBacksOff() {
        var fixture = fixture(new ScriptedSmsSender(), new InvoiceAppearsAfter(Integer.MAX_VALUE).gateway());
        NotificationRequested requested = new NotificationRequested(MESSAGE, NOTIFICATION, BUSINESS, CUSTOMER, INVOICE,
                NotificationType.INVOICE_CREATED, Channel.EMAIL, EMAIL.withAttachment(INVOICE, null), null, null);
        fixture.givenCurrentTime(NOW).whenPublishingA(requested);
        fixture.whenTimeElapses(Duration.ofSeconds(5))
                .expectDispatchedCommands(new RecordSendAttemptFailed(MESSAGE, 1, "the invoice is not in the read models yet",
                        NOW.plusSeconds(35)))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), MessageDeliverySaga.RETRY);
        assertThat(email.sentTo("ramesh@example.com")).isEmpty();
    }

    @Test
    void aMessageThatCarriesItsInvoiceIsDeliveredAtOnceWithoutAskingTheInvoicesReadModel() {
        InvoiceAppearsAfter invoices = new InvoiceAppearsAfter(Integer.MAX_VALUE);
        InvoiceDocument invoice = new InvoiceDocument("Sharma Kirana", null, null, "INV-7", "Ramesh", "+919876543210",
                LocalDate.of(2026, 11, 30), null, new BigDecimal("500.00"), BigDecimal.ZERO, null);
        NotificationRequested requested = new NotificationRequested(MESSAGE, NOTIFICATION, BUSINESS, CUSTOMER, INVOICE,
                NotificationType.INVOICE_CREATED, Channel.EMAIL, EMAIL.withAttachment(INVOICE, invoice), null, null);
        fixture(new ScriptedSmsSender(), invoices.gateway()).givenCurrentTime(NOW).whenPublishingA(requested)
                .expectDispatchedCommandsMatching(payloadsMatching(exactSequenceOf(predicate(command ->
                        command instanceof RecordNotificationSent sent && sent.attempt() == 1))))
                .expectActiveSagas(0);
        assertThat(invoices.asked).as("questions to the invoices read model").isZero();
        assertThat(email.sentTo("ramesh@example.com")).singleElement().satisfies(m ->
                assertThat(m.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("INV-7.pdf")));
    }

    /** SMS first, WhatsApp asked for too and waiting behind it (the send answered both as queued). */
    private static NotificationRequested smsWithAskedWhatsApp(String suppressReason) {
        UUID sms = Channel.SMS.messageIdOf(NOTIFICATION);
        return new NotificationRequested(sms, NOTIFICATION, BUSINESS, CUSTOMER, INVOICE, NotificationType.INVOICE_CREATED,
                Channel.SMS, SMS, null, suppressReason, java.util.List.of(
                new network.khata.api.messaging.Fallback(Channel.WHATSAPP.messageIdOf(NOTIFICATION), Channel.WHATSAPP, SMS),
                new network.khata.api.messaging.Fallback(NetworkIds.messageId(sms, "email-fallback"), Channel.EMAIL, EMAIL)));
    }

    private static RequestNotification whatsAppSuppressed(String reason) {
        return new RequestNotification(Channel.WHATSAPP.messageIdOf(NOTIFICATION), NOTIFICATION, BUSINESS,
                CUSTOMER, INVOICE, NotificationType.INVOICE_CREATED, Channel.WHATSAPP, SMS, null, reason, null);
    }

    @Test
    void aChannelAskedForThatWaitedBehindASentMessageEndsAsSuppressedNotNeeded() {
        fixture(new ScriptedSmsSender()).givenCurrentTime(NOW)
                .whenPublishingA(smsWithAskedWhatsApp(null))
                .expectDispatchedCommands(new RecordNotificationSent(Channel.SMS.messageIdOf(NOTIFICATION), "sms-1", 1),
                        whatsAppSuppressed("fallback_not_needed"))
                .expectActiveSagas(0);
    }

    @Test
    void aChannelAskedForBehindASuppressedMessageIsSuppressedForTheSameReason() {
        fixture(new ScriptedSmsSender()).givenCurrentTime(NOW)
                .whenPublishingA(smsWithAskedWhatsApp("frequency_cap"))
                .expectDispatchedCommands(whatsAppSuppressed("frequency_cap"))
                .expectActiveSagas(0);
    }

    /** The invoices read model: it knows the invoice from the {@code calls}-th question on. */
    private static final class InvoiceAppearsAfter {
        private final int calls;
        private int asked;

        InvoiceAppearsAfter(int calls) {
            this.calls = calls;
        }

        @QueryHandler
        InvoiceAttachment render(FindInvoiceAttachment query) {
            if (asked++ < calls) {
                return InvoiceAttachment.notReady();
            }
            return InvoiceAttachment.of(new InvoicePdf("INV-1.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        }

        /** The layout's stand-in: what the message carries, as a file named by its number. */
        @QueryHandler
        InvoicePdf render(RenderInvoiceDocument query) {
            return new InvoicePdf(query.document().invoiceNumber() + ".pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        }

        QueryGateway gateway() {
            SimpleQueryBus bus = SimpleQueryBus.builder().build();
            new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
            return DefaultQueryGateway.builder().queryBus(bus).build();
        }
    }
}
