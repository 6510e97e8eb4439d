package network.khata.app.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.api.identity.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The tables of bulk jobs ({@code bulk_jobs}, {@code bulk_job_items}): a job and all its items stored by the request
 * that asks for it, items claimed by workers with a lease ({@code FOR UPDATE SKIP LOCKED}, so instances share them and
 * never take the same one at once), outcomes written as items are done, and the job's way to done.
 */
@Repository
public class BulkJobs {
    private static final int INSERT_CHUNK = 1_000;

    /** An item of a job, numbered as the owner knows it (the row of the file, the place in the list). */
    public record Item(int number, JsonNode payload) {
    }

    /** An item a worker holds, with its job. */
    public record Claimed(BulkJob job, int number, JsonNode payload) {
    }

    public record Outcome(UUID jobId, int number, String outcome) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;

    public BulkJobs(JdbcTemplate jdbc, ObjectMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    /** Stores the job and all its items in one transaction (no worker sees a job half stored); they start at {@code startsAt}. */
    public void create(BulkJob job, JsonNode report, List<Item> items, Instant now, Instant startsAt) {
        transactions.executeWithoutResult(status -> store(job, report, items, now, startsAt));
    }

    private void store(BulkJob job, JsonNode report, List<Item> items, Instant now, Instant startsAt) {
        jdbc.update("""
                        INSERT INTO bulk_jobs (job_id, business_id, kind, actor_kind, actor_id, options, report, total, status,
                          created_at, starts_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)""",
                job.jobId(), job.businessId(), job.kind(), job.actor().kind().name(), job.actor().id(), text(job.options()),
                text(report), items.size(), (startsAt.isAfter(now) ? JobStatus.WAITING : JobStatus.RUNNING).code(),
                Timestamp.from(now), Timestamp.from(startsAt));
        for (int from = 0; from < items.size(); from += INSERT_CHUNK) {
            List<Object[]> rows = new ArrayList<>();
            for (Item item : items.subList(from, Math.min(items.size(), from + INSERT_CHUNK))) {
                rows.add(new Object[]{job.jobId(), item.number(), job.businessId(), text(item.payload())});
            }
            jdbc.batchUpdate("INSERT INTO bulk_job_items (job_id, item_no, business_id, payload) VALUES (?, ?, ?, ?::jsonb)", rows);
        }
    }

    /** Starts the waiting jobs whose time has come; answers how many. */
    int startDue(Instant now) {
        return jdbc.update("UPDATE bulk_jobs SET status = 'running' WHERE status = 'waiting' AND starts_at <= ?", Timestamp.from(now));
    }

    /** Claims up to {@code max} open items of running jobs that nobody holds, for {@code lease}. */
    List<Claimed> claim(int max, Instant now, Duration lease) {
        return jdbc.query("""
                        UPDATE bulk_job_items i SET leased_until = ?
                        FROM (SELECT o.job_id, o.item_no FROM bulk_job_items o JOIN bulk_jobs j ON j.job_id = o.job_id
                              WHERE o.outcome IS NULL AND j.status = 'running' AND (o.leased_until IS NULL OR o.leased_until < ?)
                              ORDER BY j.created_at, o.job_id, o.item_no LIMIT ? FOR UPDATE OF o SKIP LOCKED) c, bulk_jobs j
                        WHERE i.job_id = c.job_id AND i.item_no = c.item_no AND j.job_id = i.job_id
                        RETURNING i.job_id, i.item_no, i.payload, j.kind, j.actor_kind, j.actor_id, j.business_id, j.options""",
                (rs, row) -> new Claimed(new BulkJob(rs.getObject("job_id", UUID.class), rs.getString("kind"),
                        new Actor(Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getObject("actor_id", UUID.class),
                                rs.getObject("business_id", UUID.class)), tree(rs.getString("options"))),
                        rs.getInt("item_no"), tree(rs.getString("payload"))),
                Timestamp.from(now.plus(lease)), Timestamp.from(now), max);
    }

    void finish(List<Outcome> outcomes) {
        jdbc.batchUpdate("UPDATE bulk_job_items SET outcome = ?, leased_until = NULL WHERE job_id = ? AND item_no = ?",
                outcomes.stream().map(done -> new Object[]{done.outcome(), done.jobId(), done.number()}).toList());
    }

    /**
     * Running jobs with every item done start settling, marked with the head of the event log read after they were
     * seen done (so it lies at or past every event their items caused).
     */
    void settleWorked(Instant now) {
        int worked = jdbc.update("""
                UPDATE bulk_jobs j SET status = 'settling', worked_at = ? WHERE status = 'running'
                  AND NOT EXISTS (SELECT 1 FROM bulk_job_items i WHERE i.job_id = j.job_id AND i.outcome IS NULL)""",
                Timestamp.from(now));
        if (worked > 0) {
            jdbc.update("""
                    UPDATE bulk_jobs SET settle_at_index = (SELECT coalesce(max(global_index), -1) FROM domain_event_entry)
                    WHERE status = 'settling' AND settle_at_index IS NULL""");
        }
    }

    /** Settling jobs that every read model has passed are done. */
    void markDone(long everyGroupAt, Instant now) {
        jdbc.update("UPDATE bulk_jobs SET status = 'done', done_at = ? WHERE status = 'settling' AND settle_at_index <= ?",
                Timestamp.from(now), everyGroupAt);
    }

    boolean anySettling() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM bulk_jobs WHERE status = 'settling')", Boolean.class));
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
