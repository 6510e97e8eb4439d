package network.khata.query.reminders;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import network.khata.api.messaging.Channel;
import network.khata.api.reminders.BusinessReminders;
import network.khata.api.reminders.ReminderPolicy;

import java.util.List;

/** A reminder policy as the owner API writes it: {@code steps} of {@code {day, template}}, channel codes, the time zone. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReminderPolicyView(boolean enabled, List<Step> steps, List<String> channels, boolean fromIssueDate,
                                 String timeZone) {

    public record Step(int day, String template) {
    }

    public static ReminderPolicyView of(BusinessReminders business) {
        ReminderPolicy policy = business.policy();
        return new ReminderPolicyView(policy.enabled(),
                policy.steps().stream().map(step -> new Step(step.day(), step.template().code())).toList(),
                policy.channels().stream().sorted().map(Channel::code).toList(), policy.fromIssueDate(), business.zone().getId());
    }
}
