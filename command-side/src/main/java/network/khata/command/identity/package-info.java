/**
 * Decides identity (codes, sign-in, sessions, the network profile): the aggregates that take its commands and record
 * its events. Its messages: {@code network.khata.api.identity}. Aggregates: {@code NetworkCustomer}. Where the rest
 * of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.command.identity;
