/**
 * The web side of reminders (automatic and bulk): requests checked at the edge and turned into commands, and its
 * wiring. Its messages: {@code network.khata.api.reminders}. Where the rest of it lives: docs/architecture.md,
 * "Feature map".
 */
package network.khata.app.reminders;
