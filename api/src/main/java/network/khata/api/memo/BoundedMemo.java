package network.khata.api.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure function gave for the last few hundred thousand inputs (names repeat: search scores the same
 * words over and over; a request checks its phone number in several places), forgetting everything when full rather
 * than growing without bound. Safe to share between threads.
 */
public final class BoundedMemo<K, V> {
    private static final int MAX_ENTRIES = 200_000;

    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final Function<K, V> function;

    public BoundedMemo(Function<K, V> function) {
        this.function = function;
    }

    public V of(K input) {
        V value = known.get(input);
        if (value == null) {
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
            value = function.apply(input);
            known.put(input, value);
        }
        return value;
    }
}
