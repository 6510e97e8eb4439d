/**
 * Writes the read models of invoices (amounts, payments, balances, PDFs) from its events. Also a part of: payments.
 * Its messages: {@code network.khata.api.invoices}. Its tables: {@code invoices}, {@code invoice_payments},
 * {@code party_balances}, {@code due_totals}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.projections.invoices;
