/**
 * The web side of portal (the customer's pages and reads): requests checked at the edge and turned into commands, and
 * its wiring. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.app.portal;
