package network.khata.app.jobs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one item of a kind of bulk work does. An item may be done twice (an instance died after doing it and before
 * writing its outcome), so its work must be idempotent: deterministic ids, idempotent commands.
 */
public interface JobWork {
    /** The job kind this work does, as stored in {@code bulk_jobs.kind}. */
    String kind();

    /** Does one item and answers its outcome, a short code that the job's counts group by. */
    String perform(BulkJob job, JsonNode item);
}
