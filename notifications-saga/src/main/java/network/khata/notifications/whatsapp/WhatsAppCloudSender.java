package network.khata.notifications.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.notifications.DeliveryException;
import network.khata.notifications.ProviderResponses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The WhatsApp Business Cloud API: template messages ({@code POST /{phone-number-id}/messages}) named
 * {@code <prefix><purpose>} in {@code hi} or {@code en}, the body's parameters in order, and for a template with a
 * document header the invoice PDF, uploaded first ({@code POST /{phone-number-id}/media}) so no public link to it is
 * needed. A time-out, a 5xx or a 429 may pass; any other 4xx (a template mismatch, an invalid number) will not.
 */
public class WhatsAppCloudSender implements WhatsAppSender {
    private final HttpClient http;
    private final ObjectMapper json;
    private final CloudSettings settings;

    @ConfigurationProperties("khata.whatsapp.cloud")
    public record CloudSettings(@DefaultValue("https://graph.facebook.com/v21.0") String baseUrl, String phoneNumberId,
                                String accessToken, @DefaultValue("khata_") String templatePrefix,
                                @DefaultValue("10s") Duration timeout) {
    }

    public WhatsAppCloudSender(CloudSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String send(WhatsAppMessage message) {
        List<Object> components = new ArrayList<>();
        if (message.document() != null) {
            String mediaId = upload(message.document());
            components.add(Map.of("type", "header", "parameters", List.of(Map.of("type", "document",
                    "document", Map.of("id", mediaId, "filename", message.document().fileName())))));
        }
        components.add(Map.of("type", "body", "parameters",
                message.parameters().stream().map(text -> Map.of("type", "text", "text", text)).toList()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", message.to().replace("+", ""));
        body.put("type", "template");
        body.put("template", Map.of("name", settings.templatePrefix() + message.template(),
                "language", Map.of("code", message.language()), "components", components));
        JsonNode answer = call(HttpRequest.newBuilder(uri("/messages")).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
        String id = answer.at("/messages/0/id").asText("");
        if (id.isEmpty()) {
            throw DeliveryException.transientFailure("WhatsApp answered without a message id");
        }
        return id;
    }

    private String upload(WhatsAppMessage.Document document) {
        String boundary = "khata-" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        part(form, boundary, "name=\"messaging_product\"", null, "whatsapp".getBytes(StandardCharsets.UTF_8));
        part(form, boundary, "name=\"type\"", null, "application/pdf".getBytes(StandardCharsets.UTF_8));
        part(form, boundary, "name=\"file\"; filename=\"" + document.fileName().replace("\"", "") + "\"", "application/pdf",
                document.content());
        form.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode answer = call(HttpRequest.newBuilder(uri("/media"))
                .header("content-type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
        return answer.path("id").asText();
    }

    private static void part(ByteArrayOutputStream form, String boundary, String disposition, String type, byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: form-data; ").append(disposition);
        if (type != null) {
            head.append("\r\nContent-Type: ").append(type);
        }
        form.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
        form.writeBytes(content);
        form.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode call(HttpRequest.Builder request) {
        HttpResponse<String> response = ProviderResponses.exchange(http, request.timeout(settings.timeout())
                .header("authorization", "Bearer " + settings.accessToken()).header("accept", "application/json").build(), "WhatsApp");
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw DeliveryException.transientFailure("WhatsApp answered with something that is not JSON");
        }
    }

    private URI uri(String path) {
        return URI.create(settings.baseUrl().replaceAll("/+$", "") + "/" + settings.phoneNumberId() + path);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
