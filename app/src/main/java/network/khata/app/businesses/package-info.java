/**
 * The web side of businesses (onboarding, settings, category, address): requests checked at the edge and turned into
 * commands, and its wiring. Its messages: {@code network.khata.api.businesses}. Its tables: {@code businesses}. Where
 * the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.app.businesses;
