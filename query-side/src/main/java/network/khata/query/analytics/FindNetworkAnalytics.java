package network.khata.query.analytics;

import java.util.UUID;

/** Query: one business's network analytics over a named period (last_7_days ...); answers a {@link NetworkAnalyticsReport}. */
public record FindNetworkAnalytics(UUID businessId, String period) {
}
