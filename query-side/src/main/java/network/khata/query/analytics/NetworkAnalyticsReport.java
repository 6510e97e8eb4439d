package network.khata.query.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Spec endpoint 4's answer. Rates are percentages with two decimals; null where there is nothing to divide by. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NetworkAnalyticsReport(String period, LocalDate dateFrom, LocalDate dateTo, Summary summary,
                                     Engagement engagement, PaymentImpact paymentImpact, List<DailyTrend> dailyTrend) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "AnalyticsSummary")
    public record Summary(int totalCustomers, int verifiedCustomers, @JsonProperty("active_customers_7d") int activeCustomers7d, int newCustomers,
                          int totalInvoicesSent, int totalNotifications) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Engagement(@Nullable BigDecimal notificationOpenRate, @Nullable BigDecimal notificationDeliveryRate,
                             @Nullable BigDecimal portalAccessRate, @Nullable BigDecimal repeatCustomerRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PaymentImpact(@Nullable BigDecimal avgPaymentDays, @Nullable BigDecimal avgPaymentDaysNotified,
                                @Nullable BigDecimal avgPaymentDaysPreNotification, @Nullable BigDecimal paymentVelocityImprovement,
                                @Nullable BigDecimal collectionRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DailyTrend(LocalDate date, int newCustomers, int verified, int activeCustomers, int invoicesSent,
                             int notificationsSent, int portalLogins, BigDecimal paymentsReceived) {
    }
}
