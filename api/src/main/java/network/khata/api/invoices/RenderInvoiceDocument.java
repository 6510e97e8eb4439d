package network.khata.api.invoices;

import network.khata.api.documents.InvoiceDocument;

/**
 * Query: the PDF of an invoice as {@code document} shows it, in {@code language} (English when it is none of the ten);
 * answers an {@link InvoicePdf}. Reads nothing: a message's attachment, rendered from what the message carries.
 */
public record RenderInvoiceDocument(InvoiceDocument document, String language) {
}
