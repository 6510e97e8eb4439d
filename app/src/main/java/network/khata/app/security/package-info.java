/**
 * The web side of identity (codes, sign-in, sessions, the network profile): requests checked at the edge and turned
 * into commands, and its wiring. Its messages: {@code network.khata.api.identity}. Its tables:
 * {@code customer_network_profile}, {@code customer_refresh_tokens}, {@code portal_rate_events}. Where the rest of it
 * lives: docs/architecture.md, "Feature map".
 */
package network.khata.app.security;
