/**
 * The side effects of payments (pay links, UPI, Razorpay, payment settings): what is planned, sent and called outside
 * the service. Its messages: {@code network.khata.api.payments}. Its tables: {@code provider_payment_links},
 * {@code pay_link_codes}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.notifications.payments;
