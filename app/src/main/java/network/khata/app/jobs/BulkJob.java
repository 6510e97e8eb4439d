package network.khata.app.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.api.identity.Actor;

import java.util.UUID;

/**
 * One piece of bulk work as its items see it: whose it is, who asked (the items' commands carry that actor, so the
 * audit trail shows the owner or staff member who asked), the request's correlation id, and the request's choices.
 */
public record BulkJob(UUID jobId, String kind, Actor actor, JsonNode options) {
    public UUID businessId() {
        return actor.businessId();
    }

    /** What every command of the job carries as its correlation id: the asking request's, when it was stored. */
    public String correlationId() {
        return options.path("correlation_id").asText("job-" + jobId);
    }
}
