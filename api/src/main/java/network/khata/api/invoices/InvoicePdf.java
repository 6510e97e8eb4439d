package network.khata.api.invoices;

public record InvoicePdf(String fileName, byte[] content) {
}
