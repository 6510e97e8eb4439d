/**
 * Decides businesses (onboarding, settings, category, address): the aggregates that take its commands and record its
 * events. Also a part of: payments, reminders, analytics. Its messages: {@code network.khata.api.businesses}.
 * Aggregates: {@code Business}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.command.businesses;
