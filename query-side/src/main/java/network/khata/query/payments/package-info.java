/**
 * Answers the questions about payments (pay links, UPI, Razorpay, payment settings) from its read models, and serves
 * its HTTP reads. Its messages: {@code network.khata.api.payments}. Its tables: {@code provider_payment_links},
 * {@code pay_link_codes}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.payments;
