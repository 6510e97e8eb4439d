package network.khata.projections.analytics;

import java.math.BigDecimal;

/**
 * The network metrics of one business over one interval [from, to): flows (counts and rates of what happened in it) and
 * stocks (as they stand at its end). A day's row in {@code customer_engagement_metrics} is the measure of that day.
 */
public record EngagementMeasure(
        int totalCustomers,
        int newCustomers,
        int verifiedCustomersTotal,
        int verifiedCustomers,
        int activeCustomers,
        int invoicesSent,
        int notificationsSent,
        BigDecimal notificationOpenRate,
        BigDecimal notificationDeliveryRate,
        BigDecimal avgPaymentDays,
        BigDecimal avgPaymentDaysNotified,
        BigDecimal avgPaymentDaysNotNotified,
        BigDecimal paymentVelocityImpact,
        BigDecimal collectionRate,
        BigDecimal portalAccessRate,
        BigDecimal repeatCustomerRate,
        int portalLogins,
        BigDecimal paymentsReceived) {
}
