/**
 * Answers the questions about customers (registration, import, directory, ledger) from its read models, and serves
 * its HTTP reads. Its messages: {@code network.khata.api.customers}. Its tables: {@code parties}. Where the rest of
 * it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.customers;
