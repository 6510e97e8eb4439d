package network.khata.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers {@link FindAuditEvents} from the event store, read-only: the events whose metadata names the business,
 * oldest first, with payload (redacted, {@link AuditRedaction}) and metadata. Pages are keyed on the global position,
 * so a page never moves when new events arrive. The business is read through the index
 * {@code domain_event_entry_business} (its expression, {@code khata_event_business(meta_data)}, and the position).
 */
@Component
public class AuditQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public AuditQueries(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    public AuditPage handle(FindAuditEvents query) {
        List<AuditPage.AuditEvent> rows = jdbc.query("""
                        SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, payload_type,
                               time_stamp, convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta_data
                        FROM domain_event_entry
                        WHERE global_index > :after
                          AND khata_event_business(meta_data) = :businessId
                          AND (CAST(:aggregateId AS text) IS NULL OR aggregate_identifier = CAST(:aggregateId AS text))
                          AND (CAST(:type AS text) IS NULL OR payload_type = CAST(:type AS text)
                               OR payload_type LIKE '%.' || CAST(:type AS text))
                          AND (CAST(:from AS timestamptz) IS NULL OR time_stamp::timestamptz >= CAST(:from AS timestamptz))
                          AND (CAST(:to AS timestamptz) IS NULL OR time_stamp::timestamptz < CAST(:to AS timestamptz))
                        ORDER BY global_index LIMIT :rows""",
                new MapSqlParameterSource("after", query.after())
                        .addValue("businessId", query.businessId().toString())
                        .addValue("aggregateId", query.aggregateId())
                        .addValue("type", query.type())
                        .addValue("from", ts(query.from()))
                        .addValue("to", ts(query.to()))
                        .addValue("rows", query.limit() + 1),
                this::event);
        boolean more = rows.size() > query.limit();
        List<AuditPage.AuditEvent> page = more ? new ArrayList<>(rows.subList(0, query.limit())) : rows;
        return new AuditPage(page, more ? page.get(page.size() - 1).position() : null);
    }

    /** Aggregates renamed since their first events were stored, by their old names: the trail says what they are now. */
    private static final Map<String, String> RENAMED_AGGREGATES = Map.of(
            "Party", "BusinessCustomer",
            "Notification", "ChannelMessage");

    private AuditPage.AuditEvent event(ResultSet rs, int row) throws SQLException {
        String payloadType = rs.getString("payload_type");
        String eventType = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        try {
            return new AuditPage.AuditEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                    rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                    RENAMED_AGGREGATES.getOrDefault(rs.getString("type"), rs.getString("type")), eventType,
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
