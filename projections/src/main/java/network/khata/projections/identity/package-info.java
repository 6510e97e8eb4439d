/**
 * Writes the read models of identity (codes, sign-in, sessions, the network profile) from its events. Its messages:
 * {@code network.khata.api.identity}. Its tables: {@code customer_network_profile}, {@code customer_refresh_tokens},
 * {@code portal_rate_events}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.projections.identity;
