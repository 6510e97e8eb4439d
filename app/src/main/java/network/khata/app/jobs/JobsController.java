package network.khata.app.jobs;

import io.swagger.v3.oas.annotations.Operation;
import network.khata.api.identity.Actor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.util.NoSuchElementException;
import java.util.UUID;

/** {@code GET /api/jobs/{jobId}}: where a bulk job of the caller's business stands (an import, a bulk reminder). */
@RestController
public class JobsController {
    private final QueryGateway queries;

    public JobsController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Follow a bulk job", description = "An import or a bulk reminder: its status, items done by outcome, "
            + "rows refused, and for reminders every message by channel and end. done: every item done and every read "
            + "model shows it.")
    @GetMapping("/api/jobs/{jobId}")
    public JobView job(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable UUID jobId) {
        return queries.query(new FindJob(owner.businessId(), jobId), ResponseTypes.optionalInstanceOf(JobView.class)).join()
                .orElseThrow(() -> new NoSuchElementException("no job " + jobId + " in this business"));
    }
}
