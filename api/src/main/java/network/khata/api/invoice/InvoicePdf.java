package network.khata.api.invoice;

public record InvoicePdf(String fileName, byte[] content) {
}
