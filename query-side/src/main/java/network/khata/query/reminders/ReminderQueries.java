package network.khata.query.reminders;

import network.khata.api.businesses.BusinessTimeZone;
import network.khata.api.messaging.Channel;
import network.khata.api.reminders.BusinessReminders;
import network.khata.api.reminders.FindReminderPolicy;
import network.khata.api.reminders.ReminderPolicy;
import network.khata.api.reminders.ReminderSchedule.Planned;
import network.khata.api.reminders.ReminderStep;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

/** Answers the reminder reads: a business's policy, one invoice's reminders, and the business's reminders due soon. */
@Component
public class ReminderQueries {
    private final JdbcTemplate jdbc;
    private final ReminderPlans plans;
    private final Clock clock;

    public ReminderQueries(JdbcTemplate jdbc, ReminderPlans plans, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clock = clock;
    }

    @QueryHandler
    public BusinessReminders handle(FindReminderPolicy query) {
        return plans.business(query.businessId());
    }

    @QueryHandler
    public InvoiceReminders handle(FindInvoiceReminders query) {
        ReminderPlans.Invoice invoice = jdbc.query("SELECT * FROM invoices WHERE id = ? AND business_id = ?",
                (rs, row) -> plans.invoice(rs), query.invoiceId(), query.businessId()).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no invoice " + query.invoiceId() + " in this business"));
        BusinessReminders business = plans.business(query.businessId());
        ZoneId zone = business.zone();
        List<InvoiceReminders.Sent> sent = jdbc.query("""
                        SELECT channel, status, coalesce(sent_at, created_at) AS at FROM customer_notifications
                        WHERE invoice_id = ? AND business_id = ? AND notification_type = 'payment_reminder'
                        ORDER BY created_at, channel""",
                (rs, row) -> new InvoiceReminders.Sent(local(rs.getTimestamp("at").toInstant(), zone), rs.getString("channel"),
                        rs.getString("status")), query.invoiceId(), query.businessId());
        List<String> channels = channels(business.policy());
        List<InvoiceReminders.Upcoming> upcoming = ReminderPlans.upcoming(invoice, business,
                        plans.sentNotifications(List.of(invoice.id())), clock.instant()).stream()
                .map(planned -> new InvoiceReminders.Upcoming(local(planned.at(), zone), planned.step().day(),
                        planned.step().template().code(), channels))
                .toList();
        return new InvoiceReminders(invoice.id(), invoice.number(), invoice.status(), business.policy().enabled(),
                invoice.paused(), invoice.ownSteps() != null, zone.getId(), sent, upcoming);
    }

    @QueryHandler
    public UpcomingReminders handle(FindUpcomingReminders query) {
        BusinessReminders business = plans.business(query.businessId());
        if (!business.policy().enabled()) {
            return new UpcomingReminders(query.days(), List.of());
        }
        Instant now = clock.instant();
        Instant until = now.plus(java.time.Duration.ofDays(query.days()));
        LocalDate today = LocalDate.ofInstant(now, business.zone());
        // an invoice is reminded from EARLIEST_DAY before its date to LATEST_DAY after it
        List<ReminderPlans.Invoice> open = jdbc.query("""
                        SELECT * FROM invoices WHERE business_id = ? AND status <> 'paid' AND NOT reminders_paused
                          AND customer_say IS DISTINCT FROM 'disputed'
                          AND coalesce(due_date, issue_date) BETWEEN ? AND ?""", (rs, row) -> plans.invoice(rs),
                query.businessId(), today.minusDays(ReminderPolicy.LATEST_DAY), today.plusDays(query.days() - ReminderPolicy.EARLIEST_DAY));
        Set<UUID> sent = plans.sentNotifications(open.stream().map(ReminderPlans.Invoice::id).toList());
        Map<UUID, String> names = names(query.businessId(), open);
        List<UpcomingReminders.Due> due = open.stream()
                .flatMap(invoice -> ReminderPlans.upcoming(invoice, business, sent, now).stream()
                        .filter(planned -> planned.at().isBefore(until))
                        .map(planned -> due(invoice, planned, names, business.zone())))
                .sorted(Comparator.comparing(UpcomingReminders.Due::at).thenComparing(UpcomingReminders.Due::invoiceNumber))
                .toList();
        return new UpcomingReminders(query.days(), due);
    }

    private Map<UUID, String> names(UUID businessId, List<ReminderPlans.Invoice> invoices) {
        if (invoices.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.query("SELECT customer_id, name FROM parties WHERE business_id = ? AND customer_id = ANY (?)",
                rs -> {
                    names.put(rs.getObject("customer_id", UUID.class), rs.getString("name"));
                }, businessId, invoices.stream().map(ReminderPlans.Invoice::customerId).distinct().toArray(UUID[]::new));
        return names;
    }

    private static UpcomingReminders.Due due(ReminderPlans.Invoice invoice, Planned planned, Map<UUID, String> names, ZoneId zone) {
        ReminderStep step = planned.step();
        return new UpcomingReminders.Due(invoice.id(), invoice.number(), names.get(invoice.customerId()),
                local(planned.at(), zone), step.template().code());
    }

    private static List<String> channels(ReminderPolicy policy) {
        return policy.channels().stream().sorted().map(Channel::code).toList();
    }

    private static OffsetDateTime local(Instant at, ZoneId zone) {
        return at.atZone(zone == null ? BusinessTimeZone.DEFAULT : zone).toOffsetDateTime();
    }
}
