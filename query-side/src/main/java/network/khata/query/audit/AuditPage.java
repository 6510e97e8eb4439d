package network.khata.query.audit;

import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/** One page of a business's events, the answer to {@link FindAuditEvents}; {@code nextAfter} is null on the last. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuditPage(List<AuditEvent> events, @Nullable Long nextAfter) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AuditEvent(long position, String eventId, String aggregateId, long sequenceNumber, String aggregateType,
                             String type, Instant timestamp, JsonNode payload, JsonNode metadata) {
    }
}
