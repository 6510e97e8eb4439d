package network.khata.query.analytics;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * The spec's "benchmark comparison (vs industry avg)": each headline metric of the business beside the quartiles of
 * the businesses like it (same category, same size band). A metric's quartiles are null until at least
 * {@code minimum_businesses} businesses have a value for it, so that no business can be singled out.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NetworkBenchmark(
        @Schema(description = "the category compared within; null: the business has none, compared with every business of its size")
        @Nullable String category,
        @Schema(allowableValues = {"small", "medium", "large"}, description = "small: under 100 customers; medium: 100 to 999; large: 1,000 or more")
        String sizeBand,
        @Schema(description = "businesses like this one in the network, this one included") int comparableBusinesses,
        int minimumBusinesses,
        List<Metric> metrics) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Metric(
            @Schema(allowableValues = {"verification_rate", "portal_access_rate", "days_to_pay", "collection_rate", "repeat_customer_rate"})
            String metric,
            @Schema(allowableValues = {"percent", "days"}) String unit,
            @Schema(allowableValues = {"higher", "lower"}, description = "which way is better") String better,
            @Schema(description = "this business's value; null when it has nothing to measure yet") @Nullable BigDecimal yours,
            @Schema(description = "businesses with a value for this metric") int businesses,
            @Schema(description = "null while fewer than minimum_businesses have a value") @Nullable BigDecimal lowerQuartile,
            @Nullable BigDecimal median,
            @Nullable BigDecimal upperQuartile) {
    }
}
