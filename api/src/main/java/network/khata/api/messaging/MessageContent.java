package network.khata.api.messaging;

import network.khata.api.documents.InvoiceDocument;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A rendered message. For a one-time code, {@code body} holds the placeholder {@value #CODE_PLACEHOLDER} and
 * {@code sealedCode} the sealed code, filled in only at the moment of sending.
 *
 * @param attachInvoice the invoice whose PDF goes with an email or a WhatsApp message, or null
 * @param validUntil    not worth sending after this (a code that has expired), or null
 * @param template      for SMS and WhatsApp: the registered template ({@code invoice_created}, ...) whose variables
 *                      {@code variables} fill, in {@code language}; {@code body} is that template filled in. Null for
 *                      email, and in messages recorded before templates.
 * @param invoice       what that PDF shows, as the invoice was when the message was planned; null when there is no
 *                      PDF, and in messages planned before it was carried (their PDF is read from the invoices read model)
 */
public record MessageContent(String recipient, String subject, String body, String sealedCode, UUID attachInvoice,
                             Instant validUntil, String template, String language, Map<String, String> variables,
                             InvoiceDocument invoice) {
    public static final String CODE_PLACEHOLDER = "{code}";

    /** A free-text message (email). */
    public MessageContent(String recipient, String subject, String body, String sealedCode, UUID attachInvoice,
                          Instant validUntil) {
        this(recipient, subject, body, sealedCode, attachInvoice, validUntil, null, null, null, null);
    }

    /** The same message with an invoice's PDF attached, showing {@code invoice}. */
    public MessageContent withAttachment(UUID invoiceId, InvoiceDocument invoice) {
        return new MessageContent(recipient, subject, body, sealedCode, invoiceId, validUntil, template, language, variables,
                invoice);
    }

    /** The variables with the sealed code, opened by {@code unseal}, in place of the placeholder. */
    public Map<String, String> variablesWithCode(String code) {
        if (variables == null) {
            return Map.of();
        }
        Map<String, String> filled = new java.util.LinkedHashMap<>();
        variables.forEach((name, value) -> filled.put(name, code == null ? value : value.replace(CODE_PLACEHOLDER, code)));
        return filled;
    }
}
