/**
 * Answers the questions about identity (codes, sign-in, sessions, the network profile) from its read models, and
 * serves its HTTP reads. Its messages: {@code network.khata.api.identity}. Its tables:
 * {@code customer_network_profile}, {@code customer_refresh_tokens}, {@code portal_rate_events}. Where the rest of it
 * lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.identity;
