/**
 * Answers the questions about team (owners and staff) from its read models, and serves its HTTP reads. Its messages:
 * {@code network.khata.api.team}. Its tables: {@code team_members}, {@code team_refresh_tokens}. Where the rest of it
 * lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.team;
