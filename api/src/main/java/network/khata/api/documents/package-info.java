/**
 * Documents: what a PDF shows, as values that travel in messages ({@link network.khata.api.documents.InvoiceDocument},
 * the invoice as a message carries it). The layouts that draw them are query-side's.
 */
package network.khata.api.documents;
