package network.khata.app.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How the load drivers report a distribution: p50, p95, p99 and the maximum, nearest-rank. */
final class Percentiles {
    private Percentiles() {
    }

    static String of(List<Long> values) {
        if (values.isEmpty()) {
            return "none seen";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("p50 %d, p95 %d, p99 %d, max %d (n=%d)", at(sorted, 50), at(sorted, 95), at(sorted, 99),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    /** The same for values in microseconds, written in milliseconds with one decimal. */
    static String ofMicros(List<Long> values) {
        if (values.isEmpty()) {
            return "none seen";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("p50 %.1f, p95 %.1f, p99 %.1f, max %.1f ms (n=%d)", at(sorted, 50) / 1e3, at(sorted, 95) / 1e3,
                at(sorted, 99) / 1e3, sorted.get(sorted.size() - 1) / 1e3, sorted.size());
    }

    static long at(List<Long> sorted, double percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
