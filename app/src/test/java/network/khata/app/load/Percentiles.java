package network.khata.app.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How the load drivers report a distribution: p50, p95, p99 and the maximum, nearest-rank. */
final class Percentiles {
    private Percentiles() {
    }

    static String of(List<Long> values) {
        return format(values, "p50 %1$.0f, p95 %2$.0f, p99 %3$.0f, max %4$.0f (n=%5$d)", 1);
    }

    /** The same for values in microseconds, written in milliseconds with one decimal. */
    static String ofMicros(List<Long> values) {
        return format(values, "p50 %1$.1f, p95 %2$.1f, p99 %3$.1f, max %4$.1f ms (n=%5$d)", 1e3);
    }

    private static String format(List<Long> values, String pattern, double unit) {
        if (values.isEmpty()) {
            return "none seen";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(pattern, at(sorted, 50) / unit, at(sorted, 95) / unit, at(sorted, 99) / unit,
                sorted.get(sorted.size() - 1) / unit, sorted.size());
    }

    static long at(List<Long> sorted, double percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
