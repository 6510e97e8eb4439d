package network.khata.api.reminders;

import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A business's automatic payment reminders: whether they are on, the steps (days relative to the due date, each with
 * its template), the channels, and whether invoices without a due date are reminded counting from their issue date.
 * Off until the owner turns it on: customers get no messages their business did not choose.
 */
public record ReminderPolicy(boolean enabled, List<ReminderStep> steps, Set<Channel> channels, boolean fromIssueDate) {
    /** 3 days before the due date, on it, then 3, 7 and 14 days after it (urgent once it is overdue). */
    public static final List<ReminderStep> DEFAULT_STEPS = List.of(
            new ReminderStep(-3, MessageTemplate.REMINDER), new ReminderStep(0, MessageTemplate.REMINDER),
            new ReminderStep(3, MessageTemplate.URGENT), new ReminderStep(7, MessageTemplate.URGENT),
            new ReminderStep(14, MessageTemplate.URGENT));
    public static final Set<Channel> DEFAULT_CHANNELS = Set.of(Channel.SMS);
    public static final ReminderPolicy OFF = new ReminderPolicy(false, DEFAULT_STEPS, DEFAULT_CHANNELS, false);
    /** Bounds the edge and the aggregate check: at most this many steps, each within these days of the due date. */
    public static final int MAX_STEPS = 30;
    public static final int EARLIEST_DAY = -60;
    public static final int LATEST_DAY = 365;

    /** What is wrong with these steps, if anything: too many, a day out of bounds or twice, a template missing. */
    public static Optional<String> problemWith(List<ReminderStep> steps) {
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            return Optional.of("steps: 1 to " + MAX_STEPS + " reminders");
        }
        if (steps.stream().anyMatch(step -> step == null || step.template() == null
                || step.day() < EARLIEST_DAY || step.day() > LATEST_DAY)) {
            return Optional.of("steps: each a day from " + EARLIEST_DAY + " to " + LATEST_DAY + " with a template");
        }
        if (steps.stream().map(ReminderStep::day).distinct().count() < steps.size()) {
            return Optional.of("steps: each day at most once");
        }
        return Optional.empty();
    }
}
