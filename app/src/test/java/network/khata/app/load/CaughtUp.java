package network.khata.app.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.concurrent.Callable;

/** For the load drivers: waits until every processing group is at the head of the log and not replaying. */
final class CaughtUp {
    private CaughtUp() {
    }

    /** @param statuses {@code GET /admin/processors} @return milliseconds until every group's lag was zero */
    static long await(Callable<JsonNode> statuses, Duration atMost) throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < atMost.toNanos()) {
            boolean caughtUp = true;
            for (JsonNode group : statuses.call()) {
                caughtUp &= group.get("lag_events").asLong() == 0 && !group.get("replaying").asBoolean();
            }
            if (caughtUp) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("processors did not catch up within " + atMost);
    }
}
