package network.khata.query.reminders;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import network.khata.api.identity.Actor;
import network.khata.api.reminders.BusinessReminders;
import network.khata.api.reminders.FindReminderPolicy;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The owner's reminder reads: {@code GET /api/invoices/{id}/reminders} (sent and upcoming, in the business's zone),
 * {@code GET /api/reminders/upcoming?days=7} (the dashboard's "due this week"), {@code GET /api/business/reminder-policy}.
 */
@RestController
@Validated
public class ReminderReadController {
    private final QueryGateway queries;

    public ReminderReadController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "An invoice's reminders: sent and upcoming")
    @GetMapping("/api/invoices/{invoiceId}/reminders")
    public InvoiceReminders invoice(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID invoiceId) {
        return queries.query(new FindInvoiceReminders(owner.businessId(), invoiceId), InvoiceReminders.class).join();
    }

    @Operation(summary = "Reminders due in the next days")
    @GetMapping("/api/reminders/upcoming")
    public UpcomingReminders upcoming(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                      @RequestParam(defaultValue = "7") @Min(1) @Max(31) int days) {
        return queries.query(new FindUpcomingReminders(owner.businessId(), days), UpcomingReminders.class).join();
    }

    @Operation(summary = "Read the business's reminder policy")
    @GetMapping("/api/business/reminder-policy")
    public ReminderPolicyView policy(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner) {
        return ReminderPolicyView.of(queries.query(new FindReminderPolicy(owner.businessId()), BusinessReminders.class).join());
    }
}
