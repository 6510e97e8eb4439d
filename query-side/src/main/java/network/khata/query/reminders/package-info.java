/**
 * Answers the questions about reminders (automatic and bulk) from its read models, and serves its HTTP reads. Its
 * messages: {@code network.khata.api.reminders}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.reminders;
