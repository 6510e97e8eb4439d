package network.khata.app.processing;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Spreads every pooled processor's segments over the live instances of the service. Each instance says it is alive in
 * {@code processing_instances} every few seconds, and Axon asks this provider how many segments of a group it may hold:
 * {@code ceil(segments / live instances)}. An instance holding more releases the rest (Axon does that itself), another
 * claims them; when an instance stops being seen, the others' share grows and they take its segments over as soon as
 * its claims in {@code token_entry} time out.
 */
@Component
public class FairShareOfSegments implements MaxSegmentProvider, DisposableBean {
    private final JdbcTemplate jdbc;
    private final String nodeId;
    private final Duration heartbeat;
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "processing-instance-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();
    private volatile int liveInstances = 1;

    public FairShareOfSegments(JdbcTemplate jdbc, ProcessingNode node, ProcessingSettings settings) {
        this.jdbc = jdbc;
        this.nodeId = node.id();
        this.heartbeat = settings.heartbeat();
        beat.scheduleWithFixedDelay(this::beat, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many instances were seen alive at the last heartbeat (this one included). */
    public int liveInstances() {
        return liveInstances;
    }

    /** How many segments the group had at the last heartbeat (0 before its first claim). */
    public int segmentsOf(String processingGroup) {
        return segments.getOrDefault(processingGroup, 0);
    }

    /** This instance's name on its segment claims. */
    public String nodeId() {
        return nodeId;
    }

    @Override
    public int getMaxSegments(String processingGroup) {
        int total = segmentsOf(processingGroup);
        if (total == 0) {
            return Short.MAX_VALUE; // not initialised yet: the first claim creates the segments
        }
        return (total + liveInstances - 1) / liveInstances;
    }

    private void beat() {
        try {
            jdbc.update("INSERT INTO processing_instances (node_id, seen_at) VALUES (?, now()) "
                    + "ON CONFLICT (node_id) DO UPDATE SET seen_at = now()", nodeId);
            Integer live = jdbc.queryForObject("SELECT count(*) FROM processing_instances WHERE seen_at > now() - ?::interval",
                    Integer.class, (heartbeat.toMillis() * 5) + " milliseconds");
            liveInstances = Math.max(1, live == null ? 1 : live);
            jdbc.query("SELECT processor_name, count(*) FROM token_entry GROUP BY processor_name",
                    rs -> { segments.put(rs.getString(1), rs.getInt(2)); });
        } catch (RuntimeException e) {
            // the database is away: keep the last known share; the next beat tries again
        }
    }

    @Override
    public void destroy() {
        beat.shutdownNow();
        try {
            jdbc.update("DELETE FROM processing_instances WHERE node_id = ?", nodeId);
        } catch (RuntimeException e) {
            // gone anyway: the others stop counting it once it is not seen
        }
    }
}
