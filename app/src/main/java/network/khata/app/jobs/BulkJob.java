package network.khata.app.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import network.khata.api.identity.Actor;

import java.util.UUID;

/**
 * One piece of bulk work as its items see it: whose it is, who asked (the items' commands carry that actor, so the
 * audit trail shows the owner or staff member who asked), the request's correlation id, and the request's choices.
 */
public record BulkJob(UUID jobId, String kind, Actor actor, JsonNode options) {
    private static final String CORRELATION_ID = "correlation_id";

    /** A new job the actor asks for in a request, the request's correlation id kept in its options for every item. */
    public static BulkJob asked(String kind, Actor actor, ObjectNode options, String correlationId) {
        return new BulkJob(UUID.randomUUID(), kind, actor, options.put(CORRELATION_ID, correlationId));
    }

    /** Where the asker follows it. */
    public String statusUrl() {
        return "/api/jobs/" + jobId;
    }

    public UUID businessId() {
        return actor.businessId();
    }

    /** What every command of the job carries as its correlation id: the asking request's, when it was stored. */
    public String correlationId() {
        return options.path(CORRELATION_ID).asText("job-" + jobId);
    }
}
