package network.khata.app.operations;

import network.khata.app.processing.ProcessingGroups;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health {@code eventProcessors}: DOWN when a processing group has stopped or is in error on this instance (its read
 * model or its side effects no longer move), with each group's state and lag as details.
 */
@Component("eventProcessors")
public class ProcessorHealth extends AbstractHealthIndicator {
    private final ProcessorStatusCache statuses;

    public ProcessorHealth(ProcessorStatusCache statuses) {
        this.statuses = statuses;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean healthy = true;
        for (ProcessingGroups.Status status : statuses.statuses().values()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", status.running());
            detail.put("error", status.error());
            detail.put("replaying", status.replaying());
            detail.put("lagEvents", status.lagEvents());
            detail.put("lagSeconds", status.lagSeconds());
            health.withDetail(status.group(), detail);
            healthy &= status.running() && !status.error();
        }
        if (healthy) {
            health.up();
        } else {
            health.down();
        }
    }
}
