/**
 * Answers the questions about businesses (onboarding, settings, category, address) from its read models, and serves
 * its HTTP reads. Its messages: {@code network.khata.api.businesses}. Its tables: {@code businesses}. Where the rest
 * of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.businesses;
