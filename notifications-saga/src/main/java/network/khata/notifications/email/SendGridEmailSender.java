package network.khata.notifications.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import com.sendgrid.Client;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Attachments;
import com.sendgrid.helpers.mail.objects.ClickTrackingSetting;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.OpenTrackingSetting;
import com.sendgrid.helpers.mail.objects.TrackingSettings;
import network.khata.notifications.ProviderResponses;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClients;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * SendGrid's v3 mail send through {@code sendgrid-java}, with open and click tracking on and our message id as the
 * custom argument {@code message_id}, which SendGrid's event webhook carries back. 2xx: taken (the id is SendGrid's
 * {@code X-Message-Id}); 408, 429, 5xx and time-outs: try again later; any other 4xx: refused.
 */
public class SendGridEmailSender implements EmailSender {
    private final SendGrid sendGrid;
    private final Email from;

    @ConfigurationProperties("khata.email.sendgrid")
    public record SendGridSettings(@DefaultValue("https://api.sendgrid.com") String baseUrl, String apiKey, String fromAddress,
                                   @DefaultValue("Khata Network") String fromName, @DefaultValue("10s") Duration timeout) {
    }

    public SendGridEmailSender(SendGridSettings settings) {
        URI base = URI.create(settings.baseUrl());
        int millis = (int) settings.timeout().toMillis();
        RequestConfig timeouts = RequestConfig.custom().setConnectTimeout(millis).setSocketTimeout(millis)
                .setConnectionRequestTimeout(millis).build();
        Client client = new Client(HttpClients.custom().setDefaultRequestConfig(timeouts).build(), "http".equals(base.getScheme()));
        this.sendGrid = new SendGrid(settings.apiKey(), client);
        this.sendGrid.setHost(base.getAuthority());
        this.from = new Email(settings.fromAddress(), settings.fromName());
    }

    @Override
    public String send(EmailMessage message) {
        Mail mail = new Mail(from, message.subject(), new Email(message.to()), new Content("text/plain", message.body()));
        for (EmailMessage.Attachment file : message.attachments()) {
            Attachments attachment = new Attachments();
            attachment.setFilename(file.fileName());
            attachment.setType(file.contentType());
            attachment.setDisposition("attachment");
            attachment.setContent(Base64.getEncoder().encodeToString(file.content()));
            mail.addAttachments(attachment);
        }
        mail.addCustomArg("message_id", message.reference());
        mail.setTrackingSettings(tracking());
        Response response;
        try {
            Request request = new Request();
            request.setMethod(Method.POST);
            request.setEndpoint("mail/send");
            request.setBody(mail.build());
            response = sendGrid.api(request);
        } catch (IOException e) {
            throw ProviderResponses.unreachable("SendGrid", e);
        }
        ProviderResponses.requireAccepted("SendGrid", response.getStatusCode(), response.getBody());
        return header(response.getHeaders(), "X-Message-Id");
    }

    private static TrackingSettings tracking() {
        OpenTrackingSetting open = new OpenTrackingSetting();
        open.setEnable(true);
        ClickTrackingSetting click = new ClickTrackingSetting();
        click.setEnable(true);
        click.setEnableText(true);
        TrackingSettings tracking = new TrackingSettings();
        tracking.setOpenTrackingSetting(open);
        tracking.setClickTrackingSetting(click);
        return tracking;
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse("sendgrid-accepted");
    }
}
