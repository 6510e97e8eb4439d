package network.khata.app.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.identity.NetworkIds;
import network.khata.api.invoices.SendInvoice;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;
import network.khata.app.jobs.BulkJob;
import network.khata.app.jobs.JobWork;
import network.khata.app.web.ActorCommandGateway;
import network.khata.query.invoices.FindOverdueInvoices;
import network.khata.query.invoices.OverdueInvoices;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One customer of a bulk reminder: the customer's oldest overdue invoice as it stands when the item is worked (a
 * customer who paid overnight, while the job waited out the quiet hours, gets nothing: {@code no_longer_due}) is sent
 * as a single send would be, so the planner applies the customer's preferences, the daily cap and the business's
 * channel order. The notification id comes from the job and the customer: doing the item twice sends once.
 */
@Component
public class OverdueReminderWork implements JobWork {
    public static final String KIND = "overdue_reminders";
    static final String CHANNELS = "channels";
    static final String TEMPLATE = "template";

    private final ActorCommandGateway commands;
    private final QueryGateway queries;

    public OverdueReminderWork(ActorCommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The send of one customer in one job: its id, from which each channel's message id follows. */
    static UUID notificationId(UUID jobId, UUID customerId) {
        return NetworkIds.messageId(customerId, "bulk-reminder/" + jobId);
    }

    @Override
    public String perform(BulkJob job, JsonNode item) {
        UUID customerId = UUID.fromString(item.path("customer_id").asText());
        List<OverdueInvoices.Overdue> overdue = queries.query(new FindOverdueInvoices(job.businessId(), List.of(customerId)),
                OverdueInvoices.class).join().invoices();
        if (overdue.isEmpty()) {
            return "no_longer_due";
        }
        Set<Channel> channels = StreamSupport.stream(job.options().path(CHANNELS).spliterator(), false)
                .map(code -> Channel.fromCode(code.asText()).orElseThrow()).collect(Collectors.toUnmodifiableSet());
        commands.send(new SendInvoice(overdue.get(0).invoiceId(), job.businessId(), notificationId(job.jobId(), customerId),
                customerId, channels, MessageTemplate.fromCode(job.options().path(TEMPLATE).asText()).orElseThrow(), null,
                true, false), job.actor(), job.correlationId());
        return "reminded";
    }
}
