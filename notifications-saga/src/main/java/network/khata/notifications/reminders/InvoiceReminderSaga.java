package network.khata.notifications.reminders;

import org.axonframework.config.ProcessingGroup;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import network.khata.api.businesses.BusinessUpdated;
import network.khata.api.identity.NetworkIds;
import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.disputes.DisputeResolved;
import network.khata.api.disputes.InvoiceConfirmed;
import network.khata.api.disputes.InvoiceCorrected;
import network.khata.api.disputes.InvoiceDisputed;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.invoices.SendInvoice;
import network.khata.api.reminders.BusinessReminders;
import network.khata.api.reminders.InvoiceRemindersChanged;
import network.khata.api.reminders.ReminderPolicy;
import network.khata.api.reminders.ReminderPolicyChanged;
import network.khata.api.reminders.ReminderSchedule;
import network.khata.api.reminders.ReminderSchedule.Planned;
import network.khata.api.reminders.ReminderStep;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The automatic reminders of one open invoice. It keeps one durable deadline (db-scheduler) for the next step of the
 * plan ({@link ReminderSchedule}); when it fires, the reminder goes out as {@link SendInvoice} with a notification id
 * derived from the step, so planning applies preferences and the daily cap, the text states what is due then, and a
 * deadline fired twice (a restart mid-way) sends once. A policy, time-zone or per-invoice change plans again; a full
 * payment cancels the deadline and ends the saga. A saga is not replayed, so replaying projections sends nothing.
 */
@Saga
@ProcessingGroup(InvoiceReminderSaga.GROUP)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class InvoiceReminderSaga {
    /** Its processing group, named like every other (it was Axon's default, InvoiceReminderSagaProcessor). */
    public static final String GROUP = "invoice-reminders";
    static final String REMIND = "payment-reminder";

    private UUID invoiceId;
    private UUID businessId;
    private UUID customerId;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private ReminderPolicy policy;
    private String zone;
    private boolean paused;
    /** an open dispute: no reminder until the owner answers it */
    private boolean disputed;
    private List<ReminderStep> ownSteps;
    private Set<String> sent = new HashSet<>();
    private String scheduleId;

    private transient CommandGateway commands;
    private transient DeadlineManager deadlines;
    private transient ReminderPolicies policies;
    private transient Clock clock;

    @StartSaga
    @SagaEventHandler(associationProperty = "invoiceId")
    void on(InvoiceCreated event) {
        invoiceId = event.invoiceId();
        businessId = event.businessId();
        customerId = event.customerId();
        issueDate = event.issueDate();
        dueDate = event.dueDate();
        BusinessReminders business = policies.of(businessId);
        policy = business.policy();
        zone = business.zone().getId();
        SagaLifecycle.associateWith("businessId", businessId.toString());
        plan();
    }

    @SagaEventHandler(associationProperty = "businessId")
    void on(ReminderPolicyChanged event) {
        policy = event.policy();
        plan();
    }

    @SagaEventHandler(associationProperty = "businessId")
    void on(BusinessUpdated event) {
        zone = event.timeZone();
        plan();
    }

    @SagaEventHandler(associationProperty = "invoiceId")
    void on(InvoiceRemindersChanged event) {
        paused = event.paused();
        ownSteps = event.steps();
        plan();
    }

    /** A partial payment changes what the next reminder says (the invoice states it when sent), not when. */
    @SagaEventHandler(associationProperty = "invoiceId")
    void on(PaymentRecorded event) {
        if (event.status() == InvoiceStatus.PAID) {
            cancel();
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = "invoiceId")
    void on(InvoiceDisputed event) {
        disputed = true;
        plan();
    }

    /** Confirming withdraws the customer's own dispute. */
    @SagaEventHandler(associationProperty = "invoiceId")
    void on(InvoiceConfirmed event) {
        disputed = false;
        plan();
    }

    @SagaEventHandler(associationProperty = "invoiceId")
    void on(DisputeResolved event) {
        disputed = false;
        plan();
    }

    /** A credit note down to what was paid settles the invoice. */
    @SagaEventHandler(associationProperty = "invoiceId")
    void on(InvoiceCorrected event) {
        if (event.status() == InvoiceStatus.PAID) {
            cancel();
            SagaLifecycle.end();
        }
    }

    @DeadlineHandler(deadlineName = REMIND)
    void remind(String key) {
        scheduleId = null;
        Optional<Planned> due = schedule().stream().filter(planned -> planned.step().key().equals(key)).findFirst();
        if (!active() || due.isEmpty() || sent.contains(key)) {
            plan();
            return;
        }
        Instant now = clock.instant();
        Instant allowed = ReminderSchedule.outsideQuietHours(now, ZoneId.of(zone));
        if (allowed.isAfter(now)) {
            scheduleId = deadlines.schedule(allowed, REMIND, key);
            return;
        }
        commands.sendAndWait(new SendInvoice(invoiceId, businessId, NetworkIds.messageId(invoiceId, key), customerId,
                policy.channels(), due.get().step().template(), null, true, false));
        sent.add(key);
        plan();
    }

    private void plan() {
        cancel();
        if (active()) {
            ReminderSchedule.next(schedule(), sent, clock.instant())
                    .ifPresent(next -> scheduleId = deadlines.schedule(next.at(), REMIND, next.step().key()));
        }
    }

    private boolean active() {
        return policy.enabled() && !paused && !disputed;
    }

    private List<Planned> schedule() {
        return ReminderSchedule.plan(policy, ownSteps, issueDate, dueDate, ZoneId.of(zone));
    }

    private void cancel() {
        if (scheduleId != null) {
            deadlines.cancelSchedule(REMIND, scheduleId);
            scheduleId = null;
        }
    }

    @Autowired
    void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @Autowired
    void setDeadlines(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }

    @Autowired
    void setPolicies(ReminderPolicies policies) {
        this.policies = policies;
    }

    @Autowired
    void setClock(Clock clock) {
        this.clock = clock;
    }
}
