package network.khata.api.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A rendered message. For a one-time code, {@code body} holds the placeholder {@value #CODE_PLACEHOLDER} and
 * {@code sealedCode} the sealed code, filled in only at the moment of sending.
 *
 * @param attachInvoice the invoice whose PDF goes with an email, or null
 * @param validUntil    not worth sending after this (a code that has expired), or null
 */
public record MessageContent(String recipient, String subject, String body, String sealedCode, UUID attachInvoice,
                             Instant validUntil) {
    public static final String CODE_PLACEHOLDER = "{code}";
}
