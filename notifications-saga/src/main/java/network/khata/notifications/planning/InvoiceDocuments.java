package network.khata.notifications.planning;

import network.khata.api.documents.InvoiceDocument;
import network.khata.api.invoices.InvoiceSendRequested;

/**
 * The invoice as a message's PDF shows it, from what the planner owns: the send's event (number, days, amount, what is
 * outstanding) and the planner's contact book (the business's name, address and GSTIN; the customer's name and
 * phone).
 */
final class InvoiceDocuments {
    private InvoiceDocuments() {
    }

    static InvoiceDocument of(InvoiceSendRequested send, ContactBook.Contact contact, String paymentLink) {
        return new InvoiceDocument(contact.businessName(), contact.businessAddress(), contact.businessGstin(),
                send.invoiceNumber(), contact.name(), contact.phone(), send.issueDate(), send.dueDate(), send.amount(),
                send.amount().subtract(send.outstanding()), paymentLink);
    }
}
