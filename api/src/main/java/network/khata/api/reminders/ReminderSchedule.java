package network.khata.api.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When an invoice's reminders are due, in the business's time zone: each step at {@link #SEND_AT} on its day, counted
 * from the due date (or, when the policy says so, from the issue date of an invoice without one), never in the quiet
 * hours (21:00 to 09:00: moved to 09:00). The reminder saga and the reminder reads both plan with this one rule.
 */
public final class ReminderSchedule {
    public static final LocalTime SEND_AT = LocalTime.of(10, 0);
    public static final LocalTime QUIET_FROM = LocalTime.of(21, 0);
    public static final LocalTime QUIET_UNTIL = LocalTime.of(9, 0);

    /** A step of one invoice with the time it is due. */
    public record Planned(ReminderStep step, Instant at) {
    }

    private ReminderSchedule() {
    }

    /** An invoice's steps with their times: its own steps when it has them, else the policy's. */
    public static List<Planned> plan(ReminderPolicy policy, List<ReminderStep> ownSteps, LocalDate issueDate,
                                     LocalDate dueDate, ZoneId zone) {
        return plan(ownSteps != null ? ownSteps : policy.steps(), policy.fromIssueDate(), issueDate, dueDate, zone);
    }

    /** Every step of the invoice with its time, earliest first; none when there is no date to count from. */
    public static List<Planned> plan(List<ReminderStep> steps, boolean fromIssueDate, LocalDate issueDate,
                                     LocalDate dueDate, ZoneId zone) {
        LocalDate anchor = dueDate != null ? dueDate : fromIssueDate ? issueDate : null;
        if (anchor == null) {
            return List.of();
        }
        return steps.stream()
                .map(step -> new Planned(step, outsideQuietHours(anchor.plusDays(step.day()).atTime(SEND_AT).atZone(zone).toInstant(), zone)))
                .sorted(Comparator.comparing(Planned::at).thenComparing(planned -> planned.step().day()))
                .toList();
    }

    /** The first step not sent yet whose time has not passed. */
    public static Optional<Planned> next(List<Planned> plan, Set<String> sent, Instant now) {
        return plan.stream().filter(planned -> !sent.contains(planned.step().key()) && !planned.at().isBefore(now)).findFirst();
    }

    /** The instant itself, or the end of the quiet hours it falls in. */
    public static Instant outsideQuietHours(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(QUIET_FROM)) {
            return local.toLocalDate().plusDays(1).atTime(QUIET_UNTIL).atZone(zone).toInstant();
        }
        if (time.isBefore(QUIET_UNTIL)) {
            return local.toLocalDate().atTime(QUIET_UNTIL).atZone(zone).toInstant();
        }
        return at;
    }
}
