/**
 * Decides customers (registration, import, directory, ledger): the aggregates that take its commands and record its
 * events. Also a part of: disputes. Its messages: {@code network.khata.api.customers}. Aggregates: {@code BusinessCustomer}.
 * Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.command.customers;
