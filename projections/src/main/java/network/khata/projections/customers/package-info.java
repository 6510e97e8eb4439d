/**
 * Writes the read models of businesses (onboarding, settings, category, address) from its events. Also a part of:
 * customers. Its messages: {@code network.khata.api.businesses}. Its tables: {@code businesses}. Where the rest of it
 * lives: docs/architecture.md, "Feature map".
 */
package network.khata.projections.customers;
