package network.khata.app.operations;

import network.khata.app.processing.ProcessingGroups;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health {@code deadLetters}: {@value #DEGRADED_CODE} while any processing group has parked events, with the count
 * per group. The service still serves (everything else flows on), so this status answers 200 and does not take the
 * instance out of the load balancer; it asks an operator to look at {@code /admin/processors/{group}/dead-letters}.
 */
@Component("deadLetters")
public class DeadLetterHealth extends AbstractHealthIndicator {
    public static final String DEGRADED_CODE = "DEGRADED";
    public static final Status DEGRADED = new Status(DEGRADED_CODE, "events are parked in a dead-letter queue");

    private final ProcessingGroups groups;

    public DeadLetterHealth(ProcessingGroups groups) {
        this.groups = groups;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long total = 0;
        for (var group : groups.deadLetterCounts().entrySet()) {
            health.withDetail(group.getKey(), group.getValue());
            total += group.getValue();
        }
        health.status(total > 0 ? DEGRADED : Status.UP);
    }
}
