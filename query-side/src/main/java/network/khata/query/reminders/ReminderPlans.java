package network.khata.query.reminders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.api.businesses.BusinessTimeZone;
import network.khata.api.identity.NetworkIds;
import network.khata.api.reminders.BusinessReminders;
import network.khata.api.reminders.ReminderPolicy;
import network.khata.api.reminders.ReminderSchedule;
import network.khata.api.reminders.ReminderSchedule.Planned;
import network.khata.api.reminders.ReminderStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads what reminders are planned from: the business's policy and zone ({@code businesses}), an invoice's own
 * settings ({@code invoices}), and which steps went out already ({@code customer_notifications}, by the notification
 * ids the reminder saga derives from each step). The plan itself is {@link ReminderSchedule}'s, as in the saga.
 */
@Repository
public class ReminderPlans {
    private static final TypeReference<List<ReminderStep>> STEPS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReminderPlans(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An open or paid invoice as its reminders see it. */
    record Invoice(UUID id, String number, UUID customerId, String status, LocalDate issueDate, LocalDate dueDate,
                   boolean paused, List<ReminderStep> ownSteps) {
    }

    public BusinessReminders business(UUID businessId) {
        return jdbc.query("SELECT reminder_policy, time_zone FROM businesses WHERE id = ?", (rs, row) -> new BusinessReminders(
                        policy(rs.getString("reminder_policy")), ZoneId.of(rs.getString("time_zone"))), businessId)
                .stream().findFirst().orElse(new BusinessReminders(ReminderPolicy.OFF, BusinessTimeZone.DEFAULT));
    }

    /** An invoice's reminders wait while the owner paused them or the customer disputes it (until the owner answers). */
    Invoice invoice(ResultSet rs) throws SQLException {
        String steps = rs.getString("reminder_steps");
        return new Invoice(rs.getObject("id", UUID.class), rs.getString("invoice_number"), rs.getObject("customer_id", UUID.class),
                rs.getString("status"), rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                rs.getBoolean("reminders_paused") || "disputed".equals(rs.getString("customer_say")),
                steps == null ? null : read(steps, STEPS));
    }

    /** The invoice's steps with their times, whichever schedule is in force. */
    static List<Planned> plan(Invoice invoice, BusinessReminders business) {
        return ReminderSchedule.plan(business.policy(), invoice.ownSteps(), invoice.issueDate(), invoice.dueDate(), business.zone());
    }

    /** The steps still to come: none for a paid or paused invoice, or with reminders off. */
    static List<Planned> upcoming(Invoice invoice, BusinessReminders business, Set<UUID> sentNotifications, Instant now) {
        if (!business.policy().enabled() || invoice.paused() || "paid".equals(invoice.status())) {
            return List.of();
        }
        return plan(invoice, business).stream()
                .filter(planned -> !planned.at().isBefore(now)
                        && !sentNotifications.contains(NetworkIds.messageId(invoice.id(), planned.step().key())))
                .toList();
    }

    /** The notification ids of reminders already requested for these invoices. */
    Set<UUID> sentNotifications(Collection<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("""
                        SELECT DISTINCT notification_id FROM customer_notifications
                        WHERE invoice_id = ANY (?) AND notification_type = 'payment_reminder'""", UUID.class,
                (Object) invoiceIds.toArray(UUID[]::new)));
    }

    private ReminderPolicy policy(String stored) {
        return stored == null ? ReminderPolicy.OFF : read(stored, new TypeReference<>() {
        });
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored reminder setting that does not read back", e);
        }
    }
}
