/**
 * Decides reminders (automatic and bulk): the aggregates that take its commands and record its events. Its messages:
 * {@code network.khata.api.reminders}.  Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.command.reminders;
