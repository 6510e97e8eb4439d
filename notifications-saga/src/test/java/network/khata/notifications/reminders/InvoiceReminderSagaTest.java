package network.khata.notifications.reminders;

import network.khata.api.businesses.BusinessTimeZone;
import network.khata.api.identity.NetworkIds;
import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.PaidVia;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.invoices.SendInvoice;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;
import network.khata.api.reminders.BusinessReminders;
import network.khata.api.reminders.InvoiceRemindersChanged;
import network.khata.api.reminders.ReminderPolicy;
import network.khata.api.reminders.ReminderPolicyChanged;
import network.khata.api.reminders.ReminderStep;
import network.khata.testsupport.SuppliedClock;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** One invoice's reminders over a time line, in Asia/Kolkata (10:00 IST is 04:30 UTC). */
class InvoiceReminderSagaTest {
    private static final UUID BUSINESS = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final UUID INVOICE = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-01T02:30:00Z");           // 08:00 IST
    private static final LocalDate DUE = LocalDate.of(2026, 12, 4);                    // due in 3 days
    private static final ReminderPolicy ON = new ReminderPolicy(true, ReminderPolicy.DEFAULT_STEPS,
            Set.of(Channel.SMS, Channel.EMAIL), false);

    private SagaTestFixture<InvoiceReminderSaga> fixture;
    /** When set, what the saga's clock says instead of the fixture's time: a deadline that fires late. */
    private Instant late;

    private void start(ReminderPolicy policy) {
        fixture = new SagaTestFixture<>(InvoiceReminderSaga.class);
        fixture.registerResource((ReminderPolicies) business -> new BusinessReminders(policy, BusinessTimeZone.DEFAULT));
        fixture.registerResource(new SuppliedClock(() -> late != null ? late : fixture.currentTime()));
    }

    @BeforeEach
    void onByDefault() {
        start(ON);
    }

    private static InvoiceCreated created() {
        return new InvoiceCreated(INVOICE, BUSINESS, CUSTOMER, NetworkIds.partyId(BUSINESS, CUSTOMER), "INV-9",
                new BigDecimal("2500.00"), LocalDate.of(2026, 12, 1), DUE, null);
    }

    private static Instant ist10(int day) {
        return LocalDate.of(2026, 12, day).atTime(10, 0).atZone(BusinessTimeZone.DEFAULT).toInstant();
    }

    private static SendInvoice reminder(String key, MessageTemplate template) {
        return new SendInvoice(INVOICE, BUSINESS, NetworkIds.messageId(INVOICE, key), CUSTOMER, Set.of(Channel.SMS, Channel.EMAIL),
                template, null, true, false);
    }

    private static PaymentRecorded payment(String amount, String paidTotal, InvoiceStatus status) {
        return new PaymentRecorded(INVOICE, BUSINESS, CUSTOMER, NetworkIds.partyId(BUSINESS, CUSTOMER), "p-" + amount,
                new BigDecimal(amount), DUE, "cash", new BigDecimal(paidTotal), status, "INV-9", new BigDecimal("2500.00"), PaidVia.OWNER);
    }

    @Test
    void theFirstStepIsScheduledAndEachSentAtItsTimeThenTheNext() {
        fixture.givenCurrentTime(NOW).whenAggregate(INVOICE.toString()).publishes(created())
                .expectActiveSagas(1)
                .expectScheduledDeadline(ist10(1), "reminder/-3")
                .expectNoDispatchedCommands();

        fixture.whenTimeAdvancesTo(ist10(1).plusSeconds(1))
                .expectDispatchedCommands(reminder("reminder/-3", MessageTemplate.REMINDER))
                .expectScheduledDeadline(ist10(4), "reminder/0");

        fixture.whenTimeAdvancesTo(ist10(4).plusSeconds(1))
                .expectDispatchedCommands(reminder("reminder/0", MessageTemplate.REMINDER))
                .expectScheduledDeadline(ist10(7), "reminder/3");

        fixture.whenTimeAdvancesTo(ist10(7).plusSeconds(1))
                .expectDispatchedCommands(reminder("reminder/3", MessageTemplate.URGENT))
                .expectScheduledDeadline(ist10(11), "reminder/7");
    }

    @Test
    void aFullPaymentEndsItAndAPartialOneKeepsTheSchedule() {
        fixture.givenCurrentTime(NOW).andThenAggregate(INVOICE.toString()).published(created())
                .whenAggregate(INVOICE.toString()).publishes(payment("1000", "1000", InvoiceStatus.PARTIALLY_PAID))
                .expectActiveSagas(1)
                .expectScheduledDeadline(ist10(1), "reminder/-3");

        fixture.whenAggregate(INVOICE.toString()).publishes(payment("1500", "2500", InvoiceStatus.PAID))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        fixture.whenTimeAdvancesTo(ist10(20)).expectNoDispatchedCommands();
    }

    @Test
    void aDeadlineThatFiresInQuietHoursWaitsUntilNine() {
        fixture.givenCurrentTime(NOW).andThenAggregate(INVOICE.toString()).published(created());
        late = Instant.parse("2026-12-01T16:45:00Z");                                  // 22:15 IST, after a restart

        fixture.whenTimeAdvancesTo(ist10(1).plusSeconds(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadline(LocalDate.of(2026, 12, 2).atTime(9, 0).atZone(BusinessTimeZone.DEFAULT).toInstant(),
                        "reminder/-3");
    }

    /** Issue 28: no reminder while the customer disputes the invoice; the owner's answer resumes them, from now. */
    @Test
    void aDisputeHoldsTheRemindersUntilTheOwnerAnswers() {
        fixture.givenCurrentTime(NOW).andThenAggregate(INVOICE.toString()).published(created())
                .whenAggregate(INVOICE.toString()).publishes(new network.khata.api.disputes.InvoiceDisputed(INVOICE, BUSINESS,
                        CUSTOMER, "INV-9", network.khata.api.disputes.DisputeReason.WRONG_AMOUNT, null))
                .expectNoScheduledDeadlines();
        fixture.whenTimeAdvancesTo(ist10(2)).expectNoDispatchedCommands();
        fixture.whenAggregate(INVOICE.toString()).publishes(new network.khata.api.disputes.DisputeResolved(INVOICE, BUSINESS,
                        CUSTOMER, "INV-9", network.khata.api.disputes.DisputeResolution.UPHELD, "10 bags"))
                .expectScheduledDeadline(ist10(4), "reminder/0");
    }

    @Test
    void aCreditNoteThatSettlesTheInvoiceEndsItsReminders() {
        fixture.givenCurrentTime(NOW).andThenAggregate(INVOICE.toString()).published(created())
                .whenAggregate(INVOICE.toString()).publishes(new network.khata.api.disputes.InvoiceCorrected(INVOICE, BUSINESS,
                        CUSTOMER, NetworkIds.partyId(BUSINESS, CUSTOMER), "INV-9", new BigDecimal("2500.00"), new BigDecimal("0.01"),
                        new BigDecimal("0.01"), InvoiceStatus.PAID, null))
                .expectNoScheduledDeadlines().expectActiveSagas(0);
    }

    @Test
    void pausedItWaitsAndResumedItPlansFromNow() {
        fixture.givenCurrentTime(NOW).andThenAggregate(INVOICE.toString()).published(created())
                .whenAggregate(INVOICE.toString()).publishes(new InvoiceRemindersChanged(INVOICE, BUSINESS, CUSTOMER, true, null))
                .expectNoScheduledDeadlines();
        fixture.whenTimeAdvancesTo(ist10(2)).expectNoDispatchedCommands();

        fixture.whenAggregate(INVOICE.toString()).publishes(new InvoiceRemindersChanged(INVOICE, BUSINESS, CUSTOMER, false, null))
                .expectScheduledDeadline(ist10(4), "reminder/0");
    }

    @Test
    void anInvoiceOfItsOwnStepsAndAPolicyChangeArePlannedAgain() {
        fixture.givenCurrentTime(NOW).andThenAggregate(INVOICE.toString()).published(created())
                .whenAggregate(BUSINESS.toString()).publishes(new ReminderPolicyChanged(BUSINESS,
                        new ReminderPolicy(true, List.of(new ReminderStep(1, MessageTemplate.URGENT)), Set.of(Channel.SMS, Channel.EMAIL), false)))
                .expectScheduledDeadline(ist10(5), "reminder/1");

        fixture.whenAggregate(INVOICE.toString()).publishes(new InvoiceRemindersChanged(INVOICE, BUSINESS, CUSTOMER, false,
                        List.of(new ReminderStep(-1, MessageTemplate.REMINDER))))
                .expectScheduledDeadline(ist10(3), "reminder/-1");

        fixture.whenAggregate(BUSINESS.toString()).publishes(new ReminderPolicyChanged(BUSINESS, ReminderPolicy.OFF))
                .expectNoScheduledDeadlines();
    }

    @Test
    void withRemindersOffNothingIsScheduled() {
        start(ReminderPolicy.OFF);
        fixture.givenCurrentTime(NOW).whenAggregate(INVOICE.toString()).publishes(created())
                .expectActiveSagas(1)
                .expectNoScheduledDeadlines();
    }
}
