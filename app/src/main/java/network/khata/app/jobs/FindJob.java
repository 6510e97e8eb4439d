package network.khata.app.jobs;

import java.util.UUID;

/** Query: one bulk job of the business, as it stands; answers a {@link JobView}, or null when it is not the business's. */
public record FindJob(UUID businessId, UUID jobId) {
}
