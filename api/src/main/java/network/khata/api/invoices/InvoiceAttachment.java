package network.khata.api.invoices;

/**
 * The answer to {@link FindInvoiceAttachment}: the PDF, or none while the invoice is not in the read models yet
 * ({@code pdf} null, {@code ready} false).
 */
public record InvoiceAttachment(boolean ready, InvoicePdf pdf) {
    public static InvoiceAttachment notReady() {
        return new InvoiceAttachment(false, null);
    }

    public static InvoiceAttachment of(InvoicePdf pdf) {
        return new InvoiceAttachment(true, pdf);
    }
}
