/**
 * Decides team (owners and staff): the aggregates that take its commands and record its events. Its messages:
 * {@code network.khata.api.team}. Aggregates: {@code TeamMember}. Where the rest of it lives: docs/architecture.md,
 * "Feature map".
 */
package network.khata.command.team;
