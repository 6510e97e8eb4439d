package network.khata.api.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A rendered message. For a one-time code, {@code body} holds the placeholder {@value #CODE_PLACEHOLDER} and
 * {@code sealedCode} the sealed code, filled in only at the moment of sending.
 *
 * @param attachInvoice the invoice whose PDF goes with an email, or null
 * @param validUntil    not worth sending after this (a code that has expired), or null
 * @param template      for SMS and WhatsApp: the registered template ({@code invoice_created}, ...) whose variables
 *                      {@code variables} fill, in {@code language}; {@code body} is that template filled in. Null for
 *                      email, and in messages recorded before templates.
 */
public record MessageContent(String recipient, String subject, String body, String sealedCode, UUID attachInvoice,
                             Instant validUntil, String template, String language, Map<String, String> variables) {
    public static final String CODE_PLACEHOLDER = "{code}";

    /** A free-text message (email). */
    public MessageContent(String recipient, String subject, String body, String sealedCode, UUID attachInvoice,
                          Instant validUntil) {
        this(recipient, subject, body, sealedCode, attachInvoice, validUntil, null, null, null);
    }

    /** The same message with an invoice's PDF attached. */
    public MessageContent withAttachment(UUID invoiceId) {
        return new MessageContent(recipient, subject, body, sealedCode, invoiceId, validUntil, template, language, variables);
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
