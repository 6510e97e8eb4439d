package network.khata.command.invoices;

import network.khata.api.disputes.ConfirmInvoice;
import network.khata.api.disputes.DisputeInvoice;
import network.khata.api.disputes.DisputeReason;
import network.khata.api.disputes.DisputeResolution;
import network.khata.api.disputes.DisputeResolved;
import network.khata.api.disputes.InvoiceConfirmed;
import network.khata.api.disputes.InvoiceCorrected;
import network.khata.api.disputes.InvoiceDisputed;
import network.khata.api.disputes.ResolveDispute;
import network.khata.api.identity.NetworkIds;
import network.khata.api.invoices.CreateInvoice;
import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.PaidVia;
import network.khata.api.invoices.PaymentRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import network.khata.command.ConflictException;
import network.khata.command.InvalidCommandException;
import network.khata.command.NotFoundException;
import network.khata.command.AggregateRegistry;

/** Issue 28: the customer's say on an invoice, and the owner's answer, as the invoice keeps them. */
class InvoiceDisputeTest {
    private static final UUID BUSINESS = UUID.randomUUID();
    private static final UUID CUSTOMER = NetworkIds.customerId("+919876543210");
    private static final UUID PARTY = NetworkIds.partyId(BUSINESS, CUSTOMER);
    private static final UUID INVOICE = NetworkIds.invoiceId(BUSINESS, "INV-9");
    private static final InvoiceCreated CREATED = new InvoiceCreated(INVOICE, BUSINESS, CUSTOMER, PARTY, "INV-9",
            new BigDecimal("2500.00"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15), null);
    private static final InvoiceDisputed DISPUTED = new InvoiceDisputed(INVOICE, BUSINESS, CUSTOMER, "INV-9",
            DisputeReason.WRONG_AMOUNT, "We agreed 2,000");
    private static final PaymentRecorded PAID_500 = new PaymentRecorded(INVOICE, BUSINESS, CUSTOMER, PARTY, "p1",
            new BigDecimal("500.00"), LocalDate.of(2026, 11, 5), "cash", new BigDecimal("500.00"), InvoiceStatus.PARTIALLY_PAID,
            "INV-9", new BigDecimal("2500.00"), PaidVia.OWNER);

    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource((AggregateRegistry) PARTY::equals);
    }

    @Test
    void theCustomerConfirmsOnceAndAnotherCustomerFindsNoInvoice() {
        fixture.given(CREATED).when(new ConfirmInvoice(INVOICE, CUSTOMER))
                .expectEvents(new InvoiceConfirmed(INVOICE, BUSINESS, CUSTOMER, "INV-9")).expectResultMessagePayload(true);
        fixture.given(CREATED, new InvoiceConfirmed(INVOICE, BUSINESS, CUSTOMER, "INV-9")).when(new ConfirmInvoice(INVOICE, CUSTOMER))
                .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(CREATED).when(new ConfirmInvoice(INVOICE, NetworkIds.customerId("+919876500000")))
                .expectException(NotFoundException.class);
    }

    @Test
    void aDisputeIsOpenedOnceWithAReasonAndNotOnAPaidInvoice() {
        fixture.given(CREATED).when(new DisputeInvoice(INVOICE, CUSTOMER, DisputeReason.WRONG_AMOUNT, "We agreed 2,000"))
                .expectEvents(DISPUTED).expectResultMessagePayload(true);
        fixture.given(CREATED, DISPUTED).when(new DisputeInvoice(INVOICE, CUSTOMER, DisputeReason.WRONG_AMOUNT, "We agreed 2,000"))
                .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(CREATED).when(new DisputeInvoice(INVOICE, CUSTOMER, null, null)).expectException(InvalidCommandException.class);
        PaymentRecorded paidInFull = new PaymentRecorded(INVOICE, BUSINESS, CUSTOMER, PARTY, "p2", new BigDecimal("2500.00"),
                LocalDate.of(2026, 11, 5), "cash", new BigDecimal("2500.00"), InvoiceStatus.PAID, "INV-9", new BigDecimal("2500.00"), PaidVia.OWNER);
        fixture.given(CREATED, paidInFull).when(new DisputeInvoice(INVOICE, CUSTOMER, DisputeReason.OTHER, null))
                .expectException(ConflictException.class);
    }

    @Test
    void theOwnerCorrectsWithACreditNoteThatKeepsWhatWasPaid() {
        fixture.given(CREATED, PAID_500, DISPUTED)
                .when(new ResolveDispute(INVOICE, BUSINESS, DisputeResolution.CORRECTED, new BigDecimal("2000"), "Agreed price"))
                .expectEvents(new InvoiceCorrected(INVOICE, BUSINESS, CUSTOMER, PARTY, "INV-9", new BigDecimal("2500.00"),
                                new BigDecimal("2000.00"), new BigDecimal("500.00"), InvoiceStatus.PARTIALLY_PAID, "Agreed price"),
                        new DisputeResolved(INVOICE, BUSINESS, CUSTOMER, "INV-9", DisputeResolution.CORRECTED, "Agreed price"));
        fixture.given(CREATED, PAID_500, DISPUTED)
                .when(new ResolveDispute(INVOICE, BUSINESS, DisputeResolution.CORRECTED, new BigDecimal("400"), null))
                .expectException(ConflictException.class);
        fixture.given(CREATED, PAID_500, DISPUTED)
                .when(new ResolveDispute(INVOICE, BUSINESS, DisputeResolution.CORRECTED, new BigDecimal("2500"), null))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void aCreditNoteDownToWhatWasPaidSettlesTheInvoiceAndTheNumberStaysItsOwn() {
        fixture.given(CREATED, PAID_500, DISPUTED)
                .when(new ResolveDispute(INVOICE, BUSINESS, DisputeResolution.CORRECTED, new BigDecimal("500"), null))
                .expectEvents(new InvoiceCorrected(INVOICE, BUSINESS, CUSTOMER, PARTY, "INV-9", new BigDecimal("2500.00"),
                                new BigDecimal("500.00"), new BigDecimal("500.00"), InvoiceStatus.PAID, null),
                        new DisputeResolved(INVOICE, BUSINESS, CUSTOMER, "INV-9", DisputeResolution.CORRECTED, null));
        // the core ledger creating the invoice again with its first amount is the same invoice, not a conflict
        InvoiceCorrected corrected = new InvoiceCorrected(INVOICE, BUSINESS, CUSTOMER, PARTY, "INV-9", new BigDecimal("2500.00"),
                new BigDecimal("2000.00"), new BigDecimal("0.00"), InvoiceStatus.UNPAID, null);
        fixture.given(CREATED, DISPUTED, corrected)
                .when(CreateInvoice.of(BUSINESS, CUSTOMER, "INV-9", new BigDecimal("2500"), LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 15), null))
                .expectNoEvents();
    }

    @Test
    void theOwnerUpholdsWithANoteAndOnlyAnOpenDisputeCanBeAnswered() {
        fixture.given(CREATED, DISPUTED)
                .when(new ResolveDispute(INVOICE, BUSINESS, DisputeResolution.UPHELD, null, "The bill shows 10 bags"))
                .expectEvents(new DisputeResolved(INVOICE, BUSINESS, CUSTOMER, "INV-9", DisputeResolution.UPHELD, "The bill shows 10 bags"));
        fixture.given(CREATED).when(new ResolveDispute(INVOICE, BUSINESS, DisputeResolution.UPHELD, null, "x"))
                .expectException(ConflictException.class);
        fixture.given(CREATED, DISPUTED).when(new ResolveDispute(INVOICE, UUID.randomUUID(), DisputeResolution.UPHELD, null, "x"))
                .expectException(NotFoundException.class);
    }
}
