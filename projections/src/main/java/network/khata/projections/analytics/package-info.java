/**
 * Writes the read models of analytics (the network's figures and the benchmark) from its events. Its tables:
 * {@code analytics_businesses}, {@code analytics_customers}, {@code analytics_invoices}, {@code analytics_messages},
 * {@code analytics_payments}, {@code analytics_sign_ins}, {@code analytics_stale}, {@code analytics_standing},
 * {@code analytics_verifications}, {@code customer_engagement_metrics}. Where the rest of it lives:
 * docs/architecture.md, "Feature map".
 */
package network.khata.projections.analytics;
