package network.khata.query.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Spec endpoint 8. {@code sent}: messages attempted (not suppressed); {@code successful}: taken by the provider;
 * {@code delivered}: confirmed by the provider (delivered or opened); rates are percentages.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeliveryReport(String period, Summary summary, Map<String, ChannelCounts> byChannel,
                             Map<String, TypeCounts> byType) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "DeliverySummary")
    public record Summary(long totalSent, long successful, long failed, long pending, @Nullable BigDecimal bounceRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ChannelCounts(long sent, long delivered, long failed, long pending, @Nullable BigDecimal deliveryRate,
                                @Nullable BigDecimal bounceRate, @Nullable BigDecimal openRate, @Nullable BigDecimal readRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TypeCounts(long sent, long delivered, @Nullable BigDecimal openRate) {
    }
}
