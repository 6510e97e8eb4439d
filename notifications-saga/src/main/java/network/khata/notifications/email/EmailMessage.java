package network.khata.notifications.email;

import java.util.List;

public record EmailMessage(String to, String subject, String body, List<Attachment> attachments) {
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
