/**
 * The web side of invoices (amounts, payments, balances, PDFs): requests checked at the edge and turned into
 * commands, and its wiring. Its messages: {@code network.khata.api.invoices}. Its tables: {@code invoices},
 * {@code invoice_payments}, {@code party_balances}, {@code due_totals}. Where the rest of it lives:
 * docs/architecture.md, "Feature map".
 */
package network.khata.app.invoices;
