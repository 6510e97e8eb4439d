package network.khata.notifications.reminders;

import network.khata.api.reminders.BusinessReminders;
import network.khata.api.reminders.FindReminderPolicy;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** The business's policy as the query side answers it. */
@Component
public class QueriedReminderPolicies implements ReminderPolicies {
    private final QueryGateway queries;

    public QueriedReminderPolicies(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public BusinessReminders of(UUID businessId) {
        return queries.query(new FindReminderPolicy(businessId), BusinessReminders.class).join();
    }
}
