package network.khata.query.analytics;

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
    public record Summary(int totalCustomers, int verifiedCustomers, @JsonProperty("active_customers_7d") int activeCustomers7d, int newCustomers,
                          int totalInvoicesSent, int totalNotifications) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Engagement(BigDecimal notificationOpenRate, BigDecimal notificationDeliveryRate, BigDecimal portalAccessRate,
                             BigDecimal repeatCustomerRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PaymentImpact(BigDecimal avgPaymentDays, BigDecimal avgPaymentDaysNotified,
                                BigDecimal avgPaymentDaysPreNotification, BigDecimal paymentVelocityImprovement,
                                BigDecimal collectionRate) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DailyTrend(LocalDate date, int newCustomers, int verified, int activeCustomers, int invoicesSent,
                             int notificationsSent, int portalLogins, BigDecimal paymentsReceived) {
    }
}
