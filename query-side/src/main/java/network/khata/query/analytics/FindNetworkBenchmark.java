package network.khata.query.analytics;

import java.util.UUID;

/** Query: how one business compares with the businesses like it; answers a {@link NetworkBenchmark}. */
public record FindNetworkBenchmark(UUID businessId) {
}
