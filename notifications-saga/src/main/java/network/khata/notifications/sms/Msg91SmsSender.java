package network.khata.notifications.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.notifications.DeliveryException;
import network.khata.notifications.ProviderResponses;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MSG91's Flow API ({@code POST /api/v5/flow}): each message names the flow registered for its template and language
 * (one DLT template each, see {@link SmsCatalogue}) and carries only that template's variables; Hindi goes as Unicode.
 * One recipient per request, so MSG91's request id names exactly one message (its delivery reports carry that id).
 * A time-out, a 5xx or a 429 may pass; a 4xx, or a 200 whose body says {@code error}, will not.
 */
public class Msg91SmsSender implements SmsSender {
    private final HttpClient http;
    private final ObjectMapper json;
    private final Msg91Settings settings;
    private final SmsCatalogue catalogue;

    @ConfigurationProperties("khata.sms.msg91")
    public record Msg91Settings(@DefaultValue("https://control.msg91.com") String baseUrl, String authKey,
                                @DefaultValue("false") boolean shortUrl, @DefaultValue("10s") Duration timeout) {
    }

    public Msg91SmsSender(Msg91Settings settings, SmsCatalogue catalogue, ObjectMapper json) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String send(SmsMessage message) {
        if (message.template() == null) {
            throw DeliveryException.permanentFailure("no registered template: carriers in India deliver only DLT templates");
        }
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("mobiles", message.to().replace("+", ""));
        recipient.putAll(message.variables());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("template_id", catalogue.of(message.template(), message.language()).flowId());
        body.put("sender", catalogue.sender());
        body.put("short_url", settings.shortUrl() ? "1" : "0");
        body.put("unicode", "en".equals(message.language()) ? "0" : "1");
        body.put("recipients", List.of(recipient));
        HttpResponse<String> response = ProviderResponses.exchange(http,
                HttpRequest.newBuilder(URI.create(settings.baseUrl().replaceAll("/+$", "") + "/api/v5/flow"))
                        .timeout(settings.timeout())
                        .header("authkey", settings.authKey())
                        .header("content-type", "application/json")
                        .header("accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(write(body)))
                        .build(), "MSG91");
        JsonNode answer = parse(response.body());
        if (!"success".equalsIgnoreCase(answer.path("type").asText())) {
            throw DeliveryException.permanentFailure("MSG91 refused: " + answer.path("message").asText(response.body()));
        }
        return answer.path("message").asText();
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw DeliveryException.transientFailure("MSG91's request could not be written: " + e.getMessage());
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw DeliveryException.transientFailure("MSG91 answered with something that is not JSON");
        }
    }
}
