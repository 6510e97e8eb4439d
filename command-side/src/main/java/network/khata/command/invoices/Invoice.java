package network.khata.command.invoices;

import network.khata.api.disputes.ConfirmInvoice;
import network.khata.api.disputes.DisputeInvoice;
import network.khata.api.disputes.DisputeResolution;
import network.khata.api.disputes.DisputeResolved;
import network.khata.api.disputes.InvoiceConfirmed;
import network.khata.api.disputes.InvoiceCorrected;
import network.khata.api.disputes.InvoiceDisputed;
import network.khata.api.disputes.ResolveDispute;
import network.khata.api.payments.AttachPaymentLink;
import network.khata.api.invoices.CreateInvoice;
import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.invoices.InvoiceState;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.Money;
import network.khata.api.invoices.PaidVia;
import network.khata.api.payments.PaymentLinkAttached;
import network.khata.api.payments.PaymentLinkCancelled;
import network.khata.api.payments.RecordPaymentLinkCancelled;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.invoices.RecordPayment;
import network.khata.api.invoices.SendInvoice;
import network.khata.api.reminders.InvoiceRemindersChanged;
import network.khata.api.reminders.ReminderStep;
import network.khata.api.reminders.SetInvoiceReminders;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import network.khata.command.ConflictException;
import network.khata.command.InvalidCommandException;
import network.khata.command.NotFoundException;
import network.khata.command.AggregateRegistry;
import network.khata.command.reminders.ReminderSteps;

/**
 * An invoice a business sent one of its customers: its amount, what has been paid, the requests to tell the customer
 * about it, and the customer's say (confirmed, or disputed until the owner corrects it with a credit note or upholds
 * it). Creating, paying and sending are all idempotent (by invoice number, payment id, notification id).
 */
@Aggregate
public class Invoice {
    private static final Pattern INVOICE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}");

    @AggregateIdentifier
    private UUID invoiceId;
    private UUID businessId;
    private UUID customerId;
    private UUID partyId;
    private String invoiceNumber;
    /** the amount as created (a create again is compared with it), and as it stands after credit notes */
    private BigDecimal createdAmount;
    private BigDecimal amount;
    private BigDecimal amountPaid;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private String description;
    private final Set<String> payments = new HashSet<>();
    private final Set<UUID> notifications = new HashSet<>();
    private final Set<String> paymentLinks = new HashSet<>();
    private final Set<String> cancelledLinks = new HashSet<>();
    private boolean remindersPaused;
    private List<ReminderStep> reminderSteps;
    private boolean confirmed;
    /** the open dispute's reason and note, as the customer gave them; null when none is open */
    private List<String> openDispute;

    protected Invoice() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public InvoiceState handle(CreateInvoice command, AggregateRegistry registry) {
        BigDecimal validAmount = Money.positive(command.amount());
        if (invoiceId != null) {
            if (!sameAs(command, validAmount)) {
                throw new ConflictException("invoice " + command.invoiceNumber() + " already exists with other details");
            }
            return state(false);
        }
        if (command.invoiceNumber() == null || !INVOICE_NUMBER.matcher(command.invoiceNumber()).matches()) {
            throw new InvalidCommandException("invoice_number: 1 to 64 letters, digits and / _ . -, starting with a letter or digit");
        }
        if (validAmount == null) {
            throw new InvalidCommandException("amount: must be positive, in rupees with at most two decimals");
        }
        if (command.issueDate() == null) {
            throw new InvalidCommandException("issue_date is required");
        }
        if (command.dueDate() != null && command.dueDate().isBefore(command.issueDate())) {
            throw new InvalidCommandException("due_date: cannot be before issue_date");
        }
        if (!registry.exists(command.partyId())) {
            throw new NotFoundException("customer " + command.customerId() + " is not a customer of this business");
        }
        apply(new InvoiceCreated(command.invoiceId(), command.businessId(), command.customerId(), command.partyId(),
                command.invoiceNumber(), validAmount, command.issueDate(), command.dueDate(), command.description()));
        return state(true);
    }

    @CommandHandler
    public InvoiceState handle(RecordPayment command) {
        requireBusiness(command.businessId());
        if (payments.contains(command.paymentId())) {
            return state(false);
        }
        BigDecimal payment = Money.positive(command.amount());
        if (payment == null) {
            throw new InvalidCommandException("amount: must be positive, in rupees with at most two decimals");
        }
        if (command.paidOn() == null) {
            throw new InvalidCommandException("paid_on is required");
        }
        BigDecimal outstanding = amount.subtract(amountPaid);
        if (payment.compareTo(outstanding) > 0) {
            throw new ConflictException("the payment of " + payment + " is more than the " + outstanding + " outstanding");
        }
        BigDecimal paid = amountPaid.add(payment);
        apply(new PaymentRecorded(invoiceId, businessId, customerId, partyId, command.paymentId(), payment,
                command.paidOn(), command.method(), paid, statusFor(paid), invoiceNumber, amount, PaidVia.orOwner(command.via())));
        return state(true);
    }

    @CommandHandler
    public InvoiceState handle(SendInvoice command) {
        requireBusiness(command.businessId());
        if (command.customerId() != null && !customerId.equals(command.customerId())) {
            throw new InvalidCommandException("customer_id: the invoice was not made out to this customer");
        }
        if (command.channels() == null || command.channels().isEmpty()) {
            throw new InvalidCommandException("channels: name at least one of sms, email, whatsapp");
        }
        if (notifications.contains(command.notificationId())) {
            return state(false);
        }
        apply(new InvoiceSendRequested(invoiceId, businessId, command.notificationId(), customerId, partyId,
                invoiceNumber, amount, amount.subtract(amountPaid), issueDate, dueDate, Set.copyOf(command.channels()),
                command.template(), command.customMessage(), command.includePaymentLink(), command.includePdf()));
        return state(true);
    }

    /** @return whether the link is new to this invoice */
    @CommandHandler
    public boolean handle(AttachPaymentLink command) {
        if (paymentLinks.contains(command.provider() + ":" + command.linkId())) {
            return false;
        }
        apply(new PaymentLinkAttached(invoiceId, businessId, customerId, partyId, command.provider(), command.linkId(),
                command.url()));
        return true;
    }

    /** @return the invoice's own steps as kept after the command, earliest first; null: the business's policy */
    @CommandHandler
    public List<ReminderStep> handle(SetInvoiceReminders command) {
        requireBusiness(command.businessId());
        List<ReminderStep> steps = command.steps() == null ? null : ReminderSteps.checked(command.steps());
        if (command.paused() != remindersPaused || !Objects.equals(steps, reminderSteps)) {
            apply(new InvoiceRemindersChanged(invoiceId, businessId, customerId, command.paused(), steps));
        }
        return steps;
    }

    /** @return whether anything changed; confirming withdraws the customer's open dispute */
    @CommandHandler
    public boolean handle(ConfirmInvoice command) {
        requireCustomer(command.customerId());
        if (confirmed && openDispute == null) {
            return false;
        }
        apply(new InvoiceConfirmed(invoiceId, businessId, customerId, invoiceNumber));
        return true;
    }

    /** @return whether anything changed (the same dispute again: nothing) */
    @CommandHandler
    public boolean handle(DisputeInvoice command) {
        requireCustomer(command.customerId());
        if (command.reason() == null) {
            throw new InvalidCommandException("reason: why the invoice is not right");
        }
        List<String> dispute = java.util.Arrays.asList(command.reason().code(), command.note());
        if (dispute.equals(openDispute)) {
            return false;
        }
        if (amountPaid.compareTo(amount) >= 0) {
            throw new ConflictException("invoice " + invoiceNumber + " is paid in full; ask the shop about a refund");
        }
        apply(new InvoiceDisputed(invoiceId, businessId, customerId, invoiceNumber, command.reason(), command.note()));
        return true;
    }

    /** Corrected: a credit note takes the invoice down to the corrected amount; upheld: it stands. Either way the note says why. */
    @CommandHandler
    public InvoiceState handle(ResolveDispute command) {
        requireBusiness(command.businessId());
        if (openDispute == null) {
            throw new ConflictException("invoice " + invoiceNumber + " has no open dispute");
        }
        if (command.resolution() == null) {
            throw new InvalidCommandException("resolution: corrected or upheld");
        }
        if (command.resolution() == DisputeResolution.CORRECTED) {
            BigDecimal corrected = Money.positive(command.correctedAmount());
            if (corrected == null || corrected.compareTo(amount) >= 0) {
                throw new InvalidCommandException("corrected_amount: positive, in rupees, less than the invoice's " + amount);
            }
            if (corrected.compareTo(amountPaid) < 0) {
                throw new ConflictException("the corrected amount is less than the " + amountPaid + " already paid");
            }
            apply(new InvoiceCorrected(invoiceId, businessId, customerId, partyId, invoiceNumber, amount, corrected, amountPaid,
                    InvoiceStatus.of(amountPaid, corrected), command.note()));
        }
        apply(new DisputeResolved(invoiceId, businessId, customerId, invoiceNumber, command.resolution(), command.note()));
        return state(true);
    }

    @EventSourcingHandler
    void on(InvoiceConfirmed event) {
        confirmed = true;
        openDispute = null;
    }

    @EventSourcingHandler
    void on(InvoiceDisputed event) {
        confirmed = false;
        openDispute = java.util.Arrays.asList(event.reason().code(), event.note());
    }

    @EventSourcingHandler
    void on(InvoiceCorrected event) {
        amount = event.amount();
    }

    @EventSourcingHandler
    void on(DisputeResolved event) {
        openDispute = null;
    }

    @EventSourcingHandler
    void on(InvoiceRemindersChanged event) {
        remindersPaused = event.paused();
        reminderSteps = event.steps();
    }

    /** @return whether the link was open until now */
    @CommandHandler
    public boolean handle(RecordPaymentLinkCancelled command) {
        String link = command.provider() + ":" + command.linkId();
        if (!paymentLinks.contains(link) || cancelledLinks.contains(link)) {
            return false;
        }
        apply(new PaymentLinkCancelled(invoiceId, businessId, customerId, command.provider(), command.linkId()));
        return true;
    }

    @EventSourcingHandler
    void on(PaymentLinkAttached event) {
        paymentLinks.add(event.provider() + ":" + event.linkId());
    }

    @EventSourcingHandler
    void on(PaymentLinkCancelled event) {
        cancelledLinks.add(event.provider() + ":" + event.linkId());
    }

    @EventSourcingHandler
    void on(InvoiceCreated event) {
        invoiceId = event.invoiceId();
        businessId = event.businessId();
        customerId = event.customerId();
        partyId = event.partyId();
        invoiceNumber = event.invoiceNumber();
        createdAmount = event.amount();
        amount = event.amount();
        amountPaid = BigDecimal.ZERO.setScale(2);
        issueDate = event.issueDate();
        dueDate = event.dueDate();
        description = event.description();
    }

    @EventSourcingHandler
    void on(PaymentRecorded event) {
        payments.add(event.paymentId());
        amountPaid = event.amountPaid();
    }

    @EventSourcingHandler
    void on(InvoiceSendRequested event) {
        notifications.add(event.notificationId());
    }

    /** Another customer's invoice is, to them, no invoice at all. */
    private void requireCustomer(UUID requestedBy) {
        if (!customerId.equals(requestedBy)) {
            throw new NotFoundException("no invoice " + invoiceId + " of yours");
        }
    }

    private void requireBusiness(UUID requestedBy) {
        if (!businessId.equals(requestedBy)) {
            throw new NotFoundException("no invoice " + invoiceId + " in this business");
        }
    }

    private boolean sameAs(CreateInvoice command, BigDecimal validAmount) {
        return businessId.equals(command.businessId()) && customerId.equals(command.customerId())
                && createdAmount.equals(validAmount) && Objects.equals(issueDate, command.issueDate())
                && Objects.equals(dueDate, command.dueDate()) && Objects.equals(description, command.description());
    }

    private InvoiceStatus statusFor(BigDecimal paid) {
        return InvoiceStatus.of(paid, amount);
    }

    private InvoiceState state(boolean changed) {
        return new InvoiceState(invoiceId, customerId, invoiceNumber, amount, amountPaid, statusFor(amountPaid),
                issueDate, dueDate, changed);
    }
}
