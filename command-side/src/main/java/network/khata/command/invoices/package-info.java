/**
 * Decides invoices (amounts, payments, balances, PDFs): the aggregates that take its commands and record its events.
 * Also a part of: payments, disputes, reminders. Its messages: {@code network.khata.api.invoices}. Aggregates:
 * {@code Invoice}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.command.invoices;
