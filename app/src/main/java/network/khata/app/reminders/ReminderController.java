package network.khata.app.reminders;

import network.khata.api.team.OwnerOnly;
import network.khata.app.config.BodyExample;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import network.khata.api.identity.Actor;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;
import network.khata.api.reminders.BusinessReminders;
import network.khata.api.reminders.FindReminderPolicy;
import network.khata.api.reminders.ReminderPolicy;
import network.khata.api.reminders.ReminderStep;
import network.khata.api.reminders.SetInvoiceReminders;
import network.khata.api.reminders.SetReminderPolicy;
import network.khata.query.reminders.ReminderPolicyView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import network.khata.app.web.OneOfCodes;
import network.khata.app.web.ActorCommandGateway;

/**
 * The owner's reminder settings: the business's policy ({@code PUT /api/business/reminder-policy}) and one invoice's
 * pause, resume or own steps ({@code PUT /api/invoices/{id}/reminders}). Reads are in {@code ReminderReadController}.
 */
@RestController
public class ReminderController {
    private final ActorCommandGateway commands;
    private final QueryGateway queries;

    public ReminderController(ActorCommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public record Step(@Min(ReminderPolicy.EARLIEST_DAY) @Max(ReminderPolicy.LATEST_DAY) int day,
                       @NotNull @OneOfCodes(MessageTemplate.class) String template) {
        ReminderStep toStep() {
            return new ReminderStep(day, MessageTemplate.fromCode(template).orElseThrow());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PolicyRequest(@NotNull Boolean enabled,
                                @Nullable @Size(min = 1, max = ReminderPolicy.MAX_STEPS) List<@Valid @NotNull Step> steps,
                                @Nullable @Size(min = 1, max = 2) List<@OneOfCodes(Channel.class) String> channels,
                                @Nullable Boolean fromIssueDate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record InvoiceRemindersRequest(@NotNull Boolean paused,
                                          @Nullable @Size(min = 1, max = ReminderPolicy.MAX_STEPS) List<@Valid @NotNull Step> steps) {
    }

    @Operation(summary = "Set the business's reminder policy")
    @BodyExample("""
            {"enabled": true, "steps": [{"day": -3, "template": "reminder"}, {"day": 7, "template": "urgent"}], "channels": ["sms", "email"], "from_issue_date": false}""")
    @OwnerOnly
    @PutMapping("/api/business/reminder-policy")
    public ReminderPolicyView policy(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                     @Valid @RequestBody PolicyRequest body, HttpServletRequest request) {
        Set<Channel> channels = body.channels() == null ? null
                : body.channels().stream().map(code -> Channel.fromCode(code).orElseThrow()).collect(Collectors.toSet());
        ReminderPolicy set = commands.send(new SetReminderPolicy(owner.businessId(), body.enabled(), steps(body.steps()),
                channels, Boolean.TRUE.equals(body.fromIssueDate())), owner, request);
        BusinessReminders business = queries.query(new FindReminderPolicy(owner.businessId()), BusinessReminders.class).join();
        return ReminderPolicyView.of(new BusinessReminders(set, business.zone()));
    }

    /** What an invoice's reminders are set to: {@code steps} null means the business's policy. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record InvoiceReminderSettings(UUID invoiceId, boolean paused, @Nullable List<Step> steps) {
    }

    @Operation(summary = "Pause, resume or set one invoice's reminders", description = "steps null: the business's policy.")
    @BodyExample("""
            {"paused": true}""")
    @PutMapping("/api/invoices/{invoiceId}/reminders")
    public InvoiceReminderSettings invoice(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID invoiceId,
                                           @Valid @RequestBody InvoiceRemindersRequest body, HttpServletRequest request) {
        List<ReminderStep> kept = commands.send(new SetInvoiceReminders(invoiceId, owner.businessId(), body.paused(),
                steps(body.steps())), owner, request);
        return new InvoiceReminderSettings(invoiceId, body.paused(), kept == null ? null
                : kept.stream().map(step -> new Step(step.day(), step.template().code())).toList());
    }

    private static List<ReminderStep> steps(List<Step> steps) {
        return steps == null ? null : steps.stream().map(Step::toStep).toList();
    }
}
