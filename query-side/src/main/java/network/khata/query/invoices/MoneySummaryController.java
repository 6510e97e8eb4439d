package network.khata.query.invoices;

import network.khata.api.team.OwnerOnly;
import io.swagger.v3.oas.annotations.Operation;
import network.khata.api.identity.Actor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** {@code GET /api/money/summary}: the owner's money first — owed, overdue by age, collected, who owes most. */
@RestController
@OwnerOnly
public class MoneySummaryController {
    private final QueryGateway queries;

    public MoneySummaryController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "What the business is owed, how overdue, what came in, who owes most",
            description = "collected counts payments from since (default: the first of this month) to today, in the business's zone.")
    @GetMapping("/api/money/summary")
    public MoneySummary summary(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
        return queries.query(new FindMoneySummary(owner.businessId(), since), MoneySummary.class).join();
    }
}
