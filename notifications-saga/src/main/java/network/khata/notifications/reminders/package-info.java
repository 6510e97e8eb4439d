/**
 * The side effects of reminders (automatic and bulk): what is planned, sent and called outside the service. Its
 * messages: {@code network.khata.api.reminders}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.notifications.reminders;
