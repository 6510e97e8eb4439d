/**
 * The web side of customers (registration, import, directory, ledger): requests checked at the edge and turned into
 * commands, and its wiring. Its messages: {@code network.khata.api.customers}. Its tables: {@code parties}. Where the
 * rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.app.customers;
