package network.khata.notifications.email;

import java.util.List;

/** @param reference our message id, which SendGrid carries back in its event webhook as {@code message_id} */
public record EmailMessage(String to, String subject, String body, List<Attachment> attachments, String reference) {
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
