/**
 * Identity and operations: who is calling. One table of who may call what ({@link network.khata.app.security.Callers}),
 * Spring Security's one filter chain that enforces it, the authenticators of each caller (owner and staff, customer,
 * service, operator), tokens and sessions, rate limits, the request firewall and work permits, and the row scope every query runs in. Tables:
 * {@code customer_refresh_tokens}, {@code team_refresh_tokens}, {@code portal_rate_events}.
 */
package network.khata.app.security;
