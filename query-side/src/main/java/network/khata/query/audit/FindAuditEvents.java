package network.khata.query.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Query: the events recorded on behalf of one business after position {@code after}, optionally of one aggregate,
 * one event type and a time range, at most {@code limit}; answers an {@link AuditPage}.
 */
public record FindAuditEvents(UUID businessId, String aggregateId, String type, Instant from, Instant to, long after,
                              int limit) {
}
