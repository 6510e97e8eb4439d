/**
 * The side effects of identity (codes, sign-in, sessions, the network profile): what is planned, sent and called
 * outside the service. Also a part of: disputes, messaging. Its messages: {@code network.khata.api.identity}. Its
 * tables: {@code customer_network_profile}, {@code customer_refresh_tokens}, {@code portal_rate_events}. Where the
 * rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.notifications.planning;
