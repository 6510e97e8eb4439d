package network.khata.command.reminders;

import network.khata.api.reminders.ReminderPolicy;
import network.khata.api.reminders.ReminderStep;

import java.util.Comparator;
import java.util.List;
import network.khata.command.InvalidCommandException;

/** Reminder steps as a business's policy and an invoice's own schedule both keep them: checked, earliest first. */
public final class ReminderSteps {
    private ReminderSteps() {
    }

    /** @throws InvalidCommandException when {@link ReminderPolicy#problemWith} finds something wrong */
    public static List<ReminderStep> checked(List<ReminderStep> steps) {
        List<ReminderStep> ordered = steps.stream().sorted(Comparator.comparingInt(ReminderStep::day)).toList();
        ReminderPolicy.problemWith(ordered).ifPresent(problem -> {
            throw new InvalidCommandException(problem);
        });
        return ordered;
    }
}
