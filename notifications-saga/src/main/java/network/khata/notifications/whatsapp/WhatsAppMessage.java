package network.khata.notifications.whatsapp;

import java.util.List;

/**
 * A WhatsApp template message.
 *
 * @param to         E.164 number
 * @param template   the purpose ({@code invoice_created}, ...): the approved template {@code khata_<purpose>}
 * @param language   {@code hi} or {@code en}
 * @param parameters the template body's parameters, in order
 * @param text       what the customer reads: the template filled in
 * @param document   the invoice PDF for a template with a document header, or null
 * @param reference  our message id
 */
public record WhatsAppMessage(String to, String template, String language, List<String> parameters, String text,
                              Document document, String reference) {

    public record Document(String fileName, byte[] content) {
    }
}
