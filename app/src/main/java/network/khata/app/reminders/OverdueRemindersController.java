package network.khata.app.reminders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;
import network.khata.api.reminders.BusinessReminders;
import network.khata.api.reminders.FindReminderPolicy;
import network.khata.api.reminders.ReminderSchedule;
import network.khata.app.config.BodyExample;
import network.khata.app.jobs.BulkJob;
import network.khata.app.jobs.BulkJobs;
import network.khata.app.jobs.JobQueries;
import network.khata.app.web.OneOfCodes;
import network.khata.app.web.ActorCommandGateway;
import network.khata.query.invoices.FindOverdueInvoices;
import network.khata.query.invoices.OverdueInvoices;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/reminders/overdue}: one reminder to every customer with an overdue invoice, or to the chosen ones,
 * as a job. Each goes through the same planning as a single send (preferences, the daily cap, channel order); asked
 * for in the quiet hours (21:00 to 09:00 where the business is), the job waits until 09:00.
 */
@RestController
public class OverdueRemindersController {
    public static final int MAX_CUSTOMERS = 100_000;

    private final QueryGateway queries;
    private final BulkJobs jobs;
    private final ObjectMapper json;
    private final Clock clock;

    public OverdueRemindersController(QueryGateway queries, BulkJobs jobs, ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OverdueReminderRequest(@Nullable @Size(min = 1, max = MAX_CUSTOMERS) List<@NotNull UUID> customerIds,
                                         @Nullable @Size(min = 1, max = 3) List<@NotNull @OneOfCodes(Channel.class) String> channels,
                                         @Nullable @OneOfCodes(MessageTemplate.class) String template) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OverdueReminderAnswer(@Nullable UUID jobId, @Nullable String statusUrl, int customers,
                                        @Schema(description = "when the reminders start: now, or 09:00 after the quiet hours") Instant startsAt) {
    }

    @Operation(summary = "Remind every overdue customer", description = "One reminder per customer with an overdue invoice "
            + "(the oldest; disputed invoices wait for the owner's answer), or only the customers named. channels: the "
            + "reminder policy's when left out; template: reminder (default) or urgent. Planned like a single send: "
            + "preferences, the daily cap and the channel order apply, each message's end is in the job's messages. Asked "
            + "for between 21:00 and 09:00 in the business's time zone, the job waits until 09:00.")
    @ApiResponse(responseCode = "202", description = "A job reminds them: follow status_url",
            content = @Content(schema = @Schema(implementation = OverdueReminderAnswer.class)))
    @ApiResponse(responseCode = "200", description = "No customer has an overdue invoice: nothing to send",
            content = @Content(schema = @Schema(implementation = OverdueReminderAnswer.class)))
    @BodyExample("""
            {"channels": ["sms", "whatsapp"], "template": "reminder"}""")
    @PostMapping("/api/reminders/overdue")
    public ResponseEntity<OverdueReminderAnswer> remind(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                                        @Valid @RequestBody OverdueReminderRequest body, HttpServletRequest request) {
        Instant now = clock.instant();
        List<OverdueInvoices.Overdue> overdue = queries.query(new FindOverdueInvoices(owner.businessId(),
                body.customerIds() == null ? null : body.customerIds().stream().distinct().toList()),
                OverdueInvoices.class).join().invoices();
        if (overdue.isEmpty()) {
            return ResponseEntity.ok(new OverdueReminderAnswer(null, null, 0, now));
        }
        BusinessReminders business = queries.query(new FindReminderPolicy(owner.businessId()), BusinessReminders.class).join();
        List<Channel> channels = body.channels() == null ? business.policy().channels().stream().sorted().toList()
                : body.channels().stream().distinct().map(code -> Channel.fromCode(code).orElseThrow()).sorted().toList();
        Instant startsAt = ReminderSchedule.outsideQuietHours(now, business.zone());
        ObjectNode options = json.createObjectNode().put(OverdueReminderWork.TEMPLATE, body.template() == null ? "reminder" : body.template());
        channels.stream().map(Channel::code).forEach(options.putArray(OverdueReminderWork.CHANNELS)::add);
        BulkJob job = BulkJob.asked(OverdueReminderWork.KIND, owner, options, ActorCommandGateway.correlationId(request));
        jobs.create(job, json.createObjectNode(), overdue.stream().sorted(Comparator.comparing(OverdueInvoices.Overdue::customerId))
                .map(new Numbering(job.jobId(), channels)::item).toList(), now, startsAt);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new OverdueReminderAnswer(job.jobId(), job.statusUrl(),
                overdue.size(), startsAt));
    }

    /** Numbers the customers and names the message each channel will carry, so the job can count how each ended. */
    private final class Numbering {
        private final UUID jobId;
        private final List<Channel> channels;
        private int next = 1;

        Numbering(UUID jobId, List<Channel> channels) {
            this.jobId = jobId;
            this.channels = channels;
        }

        BulkJobs.Item item(OverdueInvoices.Overdue customer) {
            ObjectNode item = json.createObjectNode().put("customer_id", customer.customerId().toString());
            UUID notificationId = OverdueReminderWork.notificationId(jobId, customer.customerId());
            channels.stream().map(channel -> channel.messageIdOf(notificationId).toString())
                    .forEach(item.putArray(JobQueries.MESSAGE_IDS)::add);
            return new BulkJobs.Item(next++, item);
        }
    }
}
