/**
 * Writes the read models of team (owners and staff) from its events. Its messages: {@code network.khata.api.team}.
 * Its tables: {@code team_members}, {@code team_refresh_tokens}. Where the rest of it lives: docs/architecture.md,
 * "Feature map".
 */
package network.khata.projections.team;
