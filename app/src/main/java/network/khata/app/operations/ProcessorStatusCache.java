package network.khata.app.operations;

import network.khata.app.processing.ProcessingGroups;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The status of every processing group, read at most once a second: a Prometheus scrape asks for three gauges per
 * group and a health probe for all of them, and neither should cost the database more than one read of each.
 */
@Component
public class ProcessorStatusCache {
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final ProcessingGroups groups;
    private final Clock clock;
    private Map<String, ProcessingGroups.Status> statuses = Map.of();
    private Instant readAt = Instant.MIN;

    public ProcessorStatusCache(ProcessingGroups groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    public synchronized Map<String, ProcessingGroups.Status> statuses() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            Map<String, ProcessingGroups.Status> fresh = new LinkedHashMap<>();
            groups.statuses().forEach(status -> fresh.put(status.group(), status));
            statuses = fresh;
            readAt = now;
        }
        return statuses;
    }

    public ProcessingGroups.Status status(String group) {
        return statuses().get(group);
    }
}
