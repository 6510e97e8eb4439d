package network.khata.app.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.springboot.EventProcessorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Segments follow instances (issue 29): every busy group (configured with two segments or more) keeps as many segments
 * as there are live instances, never fewer than it was configured with, so that each instance holds a share of it
 * ({@link FairShareOfSegments}): a third or fourth instance makes a group split a segment, and when instances go, its
 * segments merge back. Axon's own split and merge do it ({@link ProcessingGroups#resize}). An instance resizes only a
 * segment it holds (the largest to split, the smallest whose sibling it may claim to merge), one step per group and
 * check, and one instance at a time: under a PostgreSQL advisory lock, after counting the segments again, so two
 * instances never both take the step one was needed for.
 */
@Component
public class SegmentsFollowInstances implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(SegmentsFollowInstances.class);
    private static final long LOCK = 0x6b68617461L; // "khata": one resize at a time, across instances

    private final EventProcessingConfiguration processing;
    private final ProcessingGroups groups;
    private final FairShareOfSegments share;
    private final JdbcTemplate jdbc;
    private final Map<String, Integer> configured;
    private final ScheduledExecutorService check = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "segments-follow-instances");
        thread.setDaemon(true);
        return thread;
    });

    public SegmentsFollowInstances(EventProcessingConfiguration processing, ProcessingGroups groups, FairShareOfSegments share,
                                   JdbcTemplate jdbc, EventProcessorProperties properties, ProcessingSettings settings) {
        this.processing = processing;
        this.groups = groups;
        this.share = share;
        this.jdbc = jdbc;
        this.configured = busyGroups(properties);
        if (settings.followInstances()) {
            long every = settings.heartbeat().toMillis() * 5;
            check.scheduleWithFixedDelay(this::followAll, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** The groups configured with two segments or more, and that number. */
    private static Map<String, Integer> busyGroups(EventProcessorProperties properties) {
        Map<String, Integer> busy = new java.util.TreeMap<>();
        properties.getProcessors().forEach((group, settings) -> {
            Integer segments = settings.getInitialSegmentCount();
            if (segments != null && segments >= 2) {
                busy.put(group, segments);
            }
        });
        return busy;
    }

    /** How many segments the group should have with this many live instances. */
    static int target(int configured, int liveInstances) {
        return Math.max(configured, liveInstances);
    }

    private void followAll() {
        configured.forEach((group, segments) -> {
            try {
                follow(group, target(segments, share.liveInstances()));
            } catch (RuntimeException e) {
                log.warn("Could not resize {} to follow the instances: {}", group, e.toString());
            }
        });
    }

    /**
     * One step towards {@code target} segments for the group, if this instance holds a segment to take it with. Whether
     * a step is due is read from the last heartbeat's count; under the lock the count is read again.
     */
    void follow(String group, int target) {
        Optional<StreamingEventProcessor> found = processing.eventProcessor(group, StreamingEventProcessor.class);
        if (found.isEmpty() || found.get().processingStatus().isEmpty() || share.segmentsOf(group) == target) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (!advisory(connection, "pg_try_advisory_lock")) {
                return null;
            }
            try {
                int now = segments(group);
                if (now < target) {
                    largestHeld(found.get()).ifPresent(segment -> resized(group, segment, true, now));
                } else if (now > target) {
                    mergeableHeld(group, found.get()).ifPresent(segment -> resized(group, segment, false, now));
                }
            } finally {
                advisory(connection, "pg_advisory_unlock");
            }
            return null;
        });
    }

    private void resized(String group, int segment, boolean split, int before) {
        if (groups.resize(group, segment, split)) {
            log.info("{} {} segment {} to follow {} live instances ({} segments before)", split ? "Split" : "Merged", group,
                    segment, share.liveInstances(), before);
        }
    }

    private int segments(String group) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class, group);
        return count == null ? 0 : count;
    }

    private static Optional<Integer> largestHeld(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getSegment)
                .min(Comparator.comparingInt(Segment::getMask)).map(Segment::getSegmentId);
    }

    /** The smallest segment held here whose sibling is held here too or by nobody: a merge this instance can make. */
    private Optional<Integer> mergeableHeld(String group, StreamingEventProcessor processor) {
        List<Integer> heldElsewhere = jdbc.queryForList("SELECT segment FROM token_entry WHERE processor_name = ? "
                + "AND owner IS NOT NULL AND owner <> ?", Integer.class, group, share.nodeId());
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getSegment)
                .filter(segment -> segment.mergeableSegmentId() != segment.getSegmentId()
                        && !heldElsewhere.contains(segment.mergeableSegmentId()))
                .max(Comparator.comparingInt(Segment::getMask)).map(Segment::getSegmentId);
    }

    private static boolean advisory(java.sql.Connection connection, String function) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    public void destroy() {
        check.shutdownNow();
    }
}
