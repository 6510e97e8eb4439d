/**
 * Identity and operations: who is calling. One table of who may call what ({@link network.khata.app.security.Callers}),
 * the authentication filters that enforce it (owner and staff, customer, service, operator), tokens and sessions, rate
 * limits, the request firewall and work permits, and the row scope every query runs in. Tables:
 * {@code customer_refresh_tokens}, {@code team_refresh_tokens}, {@code portal_rate_events}.
 */
package network.khata.app.security;
