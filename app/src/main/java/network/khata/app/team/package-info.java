/**
 * The web side of team (owners and staff): requests checked at the edge and turned into commands, and its wiring. Its
 * messages: {@code network.khata.api.team}. Its tables: {@code team_members}, {@code team_refresh_tokens}. Where the
 * rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.app.team;
