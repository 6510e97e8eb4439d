package network.khata.command.invoices;

import network.khata.api.identity.NetworkIds;
import network.khata.api.payments.AttachPaymentLink;
import network.khata.api.invoices.CreateInvoice;
import network.khata.api.payments.PaymentLinkAttached;
import network.khata.api.payments.PaymentLinkCancelled;
import network.khata.api.payments.RecordPaymentLinkCancelled;
import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.PaidVia;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.invoices.RecordPayment;
import network.khata.api.invoices.SendInvoice;
import network.khata.api.reminders.InvoiceRemindersChanged;
import network.khata.api.reminders.ReminderStep;
import network.khata.api.reminders.SetInvoiceReminders;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import network.khata.command.ConflictException;
import network.khata.command.InvalidCommandException;
import network.khata.command.NotFoundException;
import network.khata.command.AggregateRegistry;

class InvoiceTest {
    private static final UUID BUSINESS = UUID.randomUUID();
    private static final UUID CUSTOMER = NetworkIds.customerId("+919876543210");
    private static final UUID PARTY = NetworkIds.partyId(BUSINESS, CUSTOMER);
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 5);

    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource((AggregateRegistry) PARTY::equals);
    }

    private static CreateInvoice create(String amount) {
        return CreateInvoice.of(BUSINESS, CUSTOMER, "INV-001", new BigDecimal(amount), ISSUED, DUE, "Urea, 5 bags");
    }

    private static InvoiceCreated created() {
        CreateInvoice command = create("2500");
        return new InvoiceCreated(command.invoiceId(), BUSINESS, CUSTOMER, PARTY, "INV-001", new BigDecimal("2500.00"),
                ISSUED, DUE, "Urea, 5 bags");
    }

    private static UUID invoiceId() {
        return NetworkIds.invoiceId(BUSINESS, "INV-001");
    }

    @Test
    void anInvoiceIsCreatedOnceForItsNumber() {
        fixture.givenNoPriorActivity().when(create("2500")).expectEvents(created());
        fixture.given(created()).when(create("2500.00")).expectNoEvents();
    }

    @Test
    void reusingAnInvoiceNumberWithOtherDetailsIsAConflict() {
        fixture.given(created()).when(create("3000")).expectException(ConflictException.class).expectNoEvents();
    }

    @Test
    void onlyACustomerOfTheBusinessCanBeBilled() {
        fixture.givenNoPriorActivity()
                .when(CreateInvoice.of(BUSINESS, NetworkIds.customerId("+919876543211"), "INV-002",
                        BigDecimal.TEN, ISSUED, DUE, null))
                .expectException(NotFoundException.class);
    }

    @Test
    void amountsMustBePositiveWholePaiseAndDueDatesNotBeforeIssue() {
        fixture.givenNoPriorActivity().when(create("0")).expectException(InvalidCommandException.class);
        fixture.givenNoPriorActivity().when(create("-5")).expectException(InvalidCommandException.class);
        fixture.givenNoPriorActivity().when(create("10.001")).expectException(InvalidCommandException.class);
        fixture.givenNoPriorActivity()
                .when(CreateInvoice.of(BUSINESS, CUSTOMER, "INV-001", BigDecimal.TEN, DUE, ISSUED, null))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void anInvoiceNumberOfOtherCharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(CreateInvoice.of(BUSINESS, CUSTOMER, "bad number!", BigDecimal.TEN, ISSUED, DUE, null))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void paymentsMoveTheStatusAndAreRecordedOncePerPaymentId() {
        LocalDate paidOn = LocalDate.of(2026, 11, 25);
        fixture.given(created())
                .when(new RecordPayment(invoiceId(), BUSINESS, "pay-1", new BigDecimal("1000"), paidOn, "upi", PaidVia.OWNER))
                .expectEvents(new PaymentRecorded(invoiceId(), BUSINESS, CUSTOMER, PARTY, "pay-1", new BigDecimal("1000.00"),
                        paidOn, "upi", new BigDecimal("1000.00"), InvoiceStatus.PARTIALLY_PAID, "INV-001", new BigDecimal("2500.00"), PaidVia.OWNER));
        PaymentRecorded first = new PaymentRecorded(invoiceId(), BUSINESS, CUSTOMER, PARTY, "pay-1",
                new BigDecimal("1000.00"), paidOn, "upi", new BigDecimal("1000.00"), InvoiceStatus.PARTIALLY_PAID, "INV-001", new BigDecimal("2500.00"), PaidVia.OWNER);
        fixture.given(created(), first)
                .when(new RecordPayment(invoiceId(), BUSINESS, "pay-1", new BigDecimal("1000"), paidOn, "upi", PaidVia.OWNER))
                .expectNoEvents();
        fixture.given(created(), first)
                .when(new RecordPayment(invoiceId(), BUSINESS, "pay-2", new BigDecimal("1500"), paidOn, "cash", PaidVia.OWNER))
                .expectEvents(new PaymentRecorded(invoiceId(), BUSINESS, CUSTOMER, PARTY, "pay-2", new BigDecimal("1500.00"),
                        paidOn, "cash", new BigDecimal("2500.00"), InvoiceStatus.PAID, "INV-001", new BigDecimal("2500.00"), PaidVia.OWNER));
    }

    @Test
    void aPaymentOverTheOutstandingAmountIsAConflict() {
        fixture.given(created())
                .when(new RecordPayment(invoiceId(), BUSINESS, "pay-1", new BigDecimal("2500.01"), ISSUED, "upi", PaidVia.OWNER))
                .expectException(ConflictException.class);
    }

    @Test
    void anotherBusinessSeesNoSuchInvoice() {
        fixture.given(created())
                .when(new RecordPayment(invoiceId(), UUID.randomUUID(), "pay-1", BigDecimal.ONE, ISSUED, "upi", PaidVia.OWNER))
                .expectException(NotFoundException.class);
    }

    @Test
    void sendingIsRequestedOncePerNotificationId() {
        UUID notification = UUID.randomUUID();
        SendInvoice send = new SendInvoice(invoiceId(), BUSINESS, notification, CUSTOMER, Set.of(Channel.SMS, Channel.EMAIL),
                MessageTemplate.DEFAULT, null, true, true);
        InvoiceSendRequested requested = new InvoiceSendRequested(invoiceId(), BUSINESS, notification, CUSTOMER, PARTY,
                "INV-001", new BigDecimal("2500.00"), new BigDecimal("2500.00"), ISSUED, DUE,
                Set.of(Channel.SMS, Channel.EMAIL), MessageTemplate.DEFAULT, null, true, true);
        fixture.given(created()).when(send).expectEvents(requested);
        fixture.given(created(), requested).when(send).expectNoEvents();
    }

    @Test
    void sendingToAnotherCustomerOrOnNoChannelIsRefused() {
        fixture.given(created())
                .when(new SendInvoice(invoiceId(), BUSINESS, UUID.randomUUID(), UUID.randomUUID(), Set.of(Channel.SMS),
                        MessageTemplate.DEFAULT, null, true, false))
                .expectException(InvalidCommandException.class);
        fixture.given(created())
                .when(new SendInvoice(invoiceId(), BUSINESS, UUID.randomUUID(), CUSTOMER, Set.of(),
                        MessageTemplate.DEFAULT, null, true, false))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void aProviderLinkIsAttachedOnceAndCancelledOnce() {
        PaymentLinkAttached attached = new PaymentLinkAttached(invoiceId(), BUSINESS, CUSTOMER, PARTY, "razorpay", "plink_1",
                "https://rzp.io/i/plink_1");
        fixture.given(created()).when(new AttachPaymentLink(invoiceId(), "razorpay", "plink_1", "https://rzp.io/i/plink_1"))
                .expectEvents(attached);
        fixture.given(created(), attached).when(new AttachPaymentLink(invoiceId(), "razorpay", "plink_1", "https://rzp.io/i/plink_1"))
                .expectNoEvents();
        PaymentLinkCancelled cancelled = new PaymentLinkCancelled(invoiceId(), BUSINESS, CUSTOMER, "razorpay", "plink_1");
        fixture.given(created(), attached).when(new RecordPaymentLinkCancelled(invoiceId(), "razorpay", "plink_1"))
                .expectEvents(cancelled);
        fixture.given(created(), attached, cancelled).when(new RecordPaymentLinkCancelled(invoiceId(), "razorpay", "plink_1"))
                .expectNoEvents();
        fixture.given(created()).when(new RecordPaymentLinkCancelled(invoiceId(), "razorpay", "plink_unknown"))
                .expectNoEvents();
    }

    @Test
    void aPaymentFromRazorpaySaysSo() {
        LocalDate paidOn = LocalDate.of(2026, 11, 26);
        fixture.given(created())
                .when(new RecordPayment(invoiceId(), BUSINESS, "razorpay:pay_1", new BigDecimal("2500"), paidOn, "upi", PaidVia.RAZORPAY))
                .expectEvents(new PaymentRecorded(invoiceId(), BUSINESS, CUSTOMER, PARTY, "razorpay:pay_1", new BigDecimal("2500.00"),
                        paidOn, "upi", new BigDecimal("2500.00"), InvoiceStatus.PAID, "INV-001", new BigDecimal("2500.00"), PaidVia.RAZORPAY));
    }

    @Test
    void anInvoicesRemindersArePausedResumedOrGivenStepsOfTheirOwn() {
        InvoiceRemindersChanged paused = new InvoiceRemindersChanged(invoiceId(), BUSINESS, CUSTOMER, true, null);
        fixture.given(created()).when(new SetInvoiceReminders(invoiceId(), BUSINESS, true, null)).expectEvents(paused);
        fixture.given(created(), paused).when(new SetInvoiceReminders(invoiceId(), BUSINESS, true, null)).expectNoEvents();
        fixture.given(created(), paused).when(new SetInvoiceReminders(invoiceId(), BUSINESS, false, null))
                .expectEvents(new InvoiceRemindersChanged(invoiceId(), BUSINESS, CUSTOMER, false, null));
        List<ReminderStep> own = List.of(new ReminderStep(2, MessageTemplate.URGENT));
        fixture.given(created()).when(new SetInvoiceReminders(invoiceId(), BUSINESS, false, own))
                .expectEvents(new InvoiceRemindersChanged(invoiceId(), BUSINESS, CUSTOMER, false, own));
        fixture.given(created()).when(new SetInvoiceReminders(invoiceId(), UUID.randomUUID(), true, null))
                .expectException(NotFoundException.class);
    }
}
