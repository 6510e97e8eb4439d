/**
 * The web side of payments (pay links, UPI, Razorpay, payment settings): requests checked at the edge and turned into
 * commands, and its wiring. Its messages: {@code network.khata.api.payments}. Its tables:
 * {@code provider_payment_links}, {@code pay_link_codes}. Where the rest of it lives: docs/architecture.md, "Feature
 * map".
 */
package network.khata.app.payments;
