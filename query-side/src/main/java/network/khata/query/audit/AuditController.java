package network.khata.query.audit;

import network.khata.api.team.OwnerOnly;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import network.khata.api.identity.Actor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * {@code GET /api/audit/events}: the event store, read-only, for auditors of one business: the events recorded on its
 * behalf (metadata {@code businessId}), oldest first, with payload and metadata (who: actorKind and actorId; the
 * correlation id). Pages are keyed on the event's global position ({@code after}), so a page never moves when new
 * events arrive.
 */
@RestController
@OwnerOnly
public class AuditController {
    private final QueryGateway queries;

    public AuditController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "The business's events, oldest first", description = "Pages with after=next_after until next_after is null.")
    @GetMapping("/api/audit/events")
    public AuditPage events(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                            @RequestParam(name = "aggregate_id", required = false) String aggregateId,
                            @RequestParam(name = "type", required = false) String type,
                            @RequestParam(name = "from", required = false) Instant from,
                            @RequestParam(name = "to", required = false) Instant to,
                            @RequestParam(name = "after", defaultValue = "0") @Min(0) long after,
                            @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(200) int limit) {
        return queries.query(new FindAuditEvents(owner.businessId(), aggregateId, type, from, to, after, limit),
                AuditPage.class).join();
    }
}
