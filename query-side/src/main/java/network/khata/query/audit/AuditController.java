package network.khata.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import network.khata.api.identity.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/audit/events}: the event store, read-only, for auditors of one business: the events recorded on its
 * behalf (metadata {@code businessId}), oldest first, with payload and metadata (who: actorKind and actorId; the
 * correlation id). Pages are keyed on the event's global position ({@code after}), so a page never moves when new
 * events arrive.
 */
@RestController
public class AuditController {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public AuditController(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AuditEvent(long position, String eventId, String aggregateId, long sequenceNumber, String aggregateType,
                             String type, Instant timestamp, JsonNode payload, JsonNode metadata) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AuditPage(List<AuditEvent> events, Long nextAfter) {
    }

    @GetMapping("/api/audit/events")
    public AuditPage events(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                            @RequestParam(name = "aggregate_id", required = false) String aggregateId,
                            @RequestParam(name = "type", required = false) String type,
                            @RequestParam(name = "from", required = false) Instant from,
                            @RequestParam(name = "to", required = false) Instant to,
                            @RequestParam(name = "after", defaultValue = "0") @Min(0) long after,
                            @RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(200) int limit) {
        List<AuditEvent> rows = jdbc.query("""
                        SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, payload_type,
                               time_stamp, convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta_data
                        FROM domain_event_entry
                        WHERE global_index > ?
                          AND convert_from(meta_data, 'UTF8')::jsonb ->> 'businessId' = ?
                          AND (?::text IS NULL OR aggregate_identifier = ?::text)
                          AND (?::text IS NULL OR payload_type = ?::text OR payload_type LIKE '%.' || ?::text)
                          AND (?::timestamptz IS NULL OR time_stamp::timestamptz >= ?::timestamptz)
                          AND (?::timestamptz IS NULL OR time_stamp::timestamptz < ?::timestamptz)
                        ORDER BY global_index LIMIT ?""",
                this::event, after, owner.businessId().toString(), aggregateId, aggregateId, type, type, type,
                ts(from), ts(from), ts(to), ts(to), limit + 1);
        boolean more = rows.size() > limit;
        List<AuditEvent> page = more ? new ArrayList<>(rows.subList(0, limit)) : rows;
        return new AuditPage(page, more ? page.get(page.size() - 1).position() : null);
    }

    private AuditEvent event(ResultSet rs, int row) throws SQLException {
        String payloadType = rs.getString("payload_type");
        String eventType = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        try {
            return new AuditEvent(rs.getLong("global_index"), rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
                    rs.getLong("sequence_number"), rs.getString("type"), eventType,
                    Instant.parse(rs.getString("time_stamp")), AuditRedaction.redact(eventType, json.readTree(rs.getString("payload"))),
                    rs.getString("meta_data") == null ? null : json.readTree(rs.getString("meta_data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
