package network.khata.app.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.app.jobs.JobView.MessageCount;
import network.khata.app.jobs.JobView.RowError;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Answers {@link FindJob} from the job's tables; the messages of a job that sends are counted in the notifications
 * read model by the message ids its items carry ({@code payload.message_ids}), so they show how each really ended
 * (sent, delivered, suppressed by a preference or by the daily cap), not how the job expected them to.
 */
@Component
public class JobQueries {
    public static final String MESSAGE_IDS = "message_ids";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JobQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    public JobView handle(FindJob query) {
        List<JobView> found = jdbc.query("SELECT * FROM bulk_jobs WHERE job_id = ? AND business_id = ?",
                (rs, row) -> view(rs), query.jobId(), query.businessId());
        return found.isEmpty() ? null : found.get(0);
    }

    private JobView view(ResultSet rs) throws SQLException {
        java.util.UUID jobId = rs.getObject("job_id", java.util.UUID.class);
        Map<String, Integer> outcomes = new TreeMap<>();
        jdbc.query("SELECT outcome, count(*) FROM bulk_job_items WHERE job_id = ? AND outcome IS NOT NULL GROUP BY outcome",
                counted -> { outcomes.put(counted.getString(1), counted.getInt(2)); }, jobId);
        List<MessageCount> messages = jdbc.query("""
                        SELECT n.channel, n.status, n.failure_reason, count(*) FROM customer_notifications n
                        WHERE n.id IN (SELECT jsonb_array_elements_text(payload->'message_ids')::uuid FROM bulk_job_items
                                       WHERE job_id = ? AND payload->'message_ids' IS NOT NULL)
                        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""",
                (counted, row) -> new MessageCount(counted.getString(1), counted.getString(2), counted.getString(3),
                        counted.getInt(4)), jobId);
        JsonNode report = tree(rs.getString("report"));
        List<RowError> refused = new ArrayList<>();
        report.path("refused").forEach(error -> refused.add(new RowError(error.path("row").asInt(),
                error.path("field").asText(), error.path("message").asText())));
        return new JobView(jobId, rs.getString("kind"), rs.getString("status"), instant(rs, "created_at"),
                instant(rs, "starts_at"), instant(rs, "worked_at"), instant(rs, "done_at"), rs.getInt("total"),
                outcomes.values().stream().mapToInt(Integer::intValue).sum(), outcomes,
                report.path("refused_count").asInt(refused.size()), refused, messages);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
