/**
 * Messages of invoices (amounts, payments, balances, PDFs): its commands, events, queries and the values they carry.
 * Also a part of: payments. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.api.invoice;
