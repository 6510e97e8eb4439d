package network.khata.projections.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure function gave for the last few hundred thousand inputs (names repeat: search scores the same
 * words over and over), forgetting everything when full rather than growing without bound.
 */
final class Memo<K, V> {
    private static final int MAX_ENTRIES = 200_000;

    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final Function<K, V> function;

    Memo(Function<K, V> function) {
        this.function = function;
    }

    V of(K input) {
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
