package network.khata.api.documents;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an invoice's PDF shows, as one value: who issued it (name, address, GSTIN), its number, whom it bills (name and
 * phone), its days, its amounts (its status follows from them) and the link its QR code opens. The owner's and the
 * customer's downloads fill it from the invoices read model; a message fills it when it is planned, from the
 * planner's own tables and the send's event, so that delivering the message renders what it carries instead of racing
 * that read model.
 */
public record InvoiceDocument(String businessName, String businessAddress, String businessGstin, String invoiceNumber,
                              String customerName, String customerPhone, LocalDate issueDate, LocalDate dueDate,
                              BigDecimal amount, BigDecimal amountPaid, String paymentLink) {
}
