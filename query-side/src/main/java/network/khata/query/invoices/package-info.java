/**
 * Answers the questions about invoices (amounts, payments, balances, PDFs) from its read models, and serves its HTTP
 * reads. Its messages: {@code network.khata.api.invoices}. Its tables: {@code invoices}, {@code invoice_payments},
 * {@code party_balances}, {@code due_totals}. Where the rest of it lives: docs/architecture.md, "Feature map".
 */
package network.khata.query.invoices;
