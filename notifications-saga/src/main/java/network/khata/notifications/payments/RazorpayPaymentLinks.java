package network.khata.notifications.payments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Razorpay's Payment Links API ({@code POST /v1/payment_links}, {@code POST /v1/payment_links/{id}/cancel}) with HTTP
 * Basic auth (key id and secret). A link's {@code reference_id} is the invoice id and the number of links before it,
 * and Razorpay refuses a second link with the same reference: after a time-out whose link was made after all,
 * creating again finds that link instead.
 * The link's notes carry the invoice and business ids, so its payment can be recorded from the webhook.
 */
public class RazorpayPaymentLinks {
    private final HttpClient http;
    private final ObjectMapper json;
    private final RazorpaySettings settings;

    @ConfigurationProperties("khata.razorpay")
    public record RazorpaySettings(@DefaultValue("https://api.razorpay.com") String baseUrl, String keyId, String keySecret,
                                   @DefaultValue("10s") Duration timeout) {
    }

    /**
     * What to ask for: the amount due in rupees, what it is for.
     *
     * @param attempt how many links the invoice had before this one (a cancelled link's reference stays taken)
     */
    public record LinkRequest(UUID invoiceId, UUID businessId, String invoiceNumber, BigDecimal amountDue, int attempt) {
        String reference() {
            return invoiceId.toString().replace("-", "") + "-" + attempt;
        }
    }

    public record Link(String id, String shortUrl) {
    }

    public RazorpayPaymentLinks(RazorpaySettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    public Link create(LinkRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", request.amountDue().movePointRight(2).longValueExact());
        body.put("currency", "INR");
        body.put("accept_partial", false);
        body.put("reference_id", request.reference());
        body.put("description", "Invoice " + request.invoiceNumber());
        body.put("notify", Map.of("sms", false, "email", false));
        body.put("reminder_enable", false);
        body.put("notes", Map.of("invoice_id", request.invoiceId().toString(), "business_id", request.businessId().toString()));
        HttpResponse<String> response = call(HttpRequest.newBuilder(uri("/v1/payment_links"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
        if (response.statusCode() == 400 && response.body().contains("reference_id")) {
            return existing(request.reference());
        }
        return link(accepted(response));
    }

    public void cancel(String linkId) {
        HttpResponse<String> response = call(HttpRequest.newBuilder(uri("/v1/payment_links/" + linkId + "/cancel"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        if (response.statusCode() == 400) {
            return; // already paid, cancelled or expired: nothing left to cancel
        }
        accepted(response);
    }

    private Link existing(String reference) {
        JsonNode found = accepted(call(HttpRequest.newBuilder(uri("/v1/payment_links?reference_id="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8))).GET()));
        JsonNode links = found.path("payment_links");
        if (!links.isArray() || links.isEmpty()) {
            throw new RazorpayException("Razorpay refused reference " + reference + " but has no link for it", false, null);
        }
        return link(links.get(0));
    }

    private static Link link(JsonNode link) {
        return new Link(link.path("id").asText(), link.path("short_url").asText());
    }

    private HttpResponse<String> call(HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString(
                (settings.keyId() + ":" + settings.keySecret()).getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(request.timeout(settings.timeout()).header("authorization", "Basic " + credentials)
                    .header("accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RazorpayException("Razorpay unreachable: " + e.getClass().getSimpleName() + " " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RazorpayException("interrupted while calling Razorpay", true, e);
        }
    }

    private JsonNode accepted(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return json.readTree(response.body());
            } catch (IOException e) {
                throw new RazorpayException("Razorpay answered with something that is not JSON", true, e);
            }
        }
        boolean retryable = status >= 500 || status == 429;
        throw new RazorpayException("Razorpay answered " + status + ": " + abbreviate(response.body()), retryable, null);
    }

    private URI uri(String path) {
        return URI.create(settings.baseUrl().replaceAll("/+$", "") + path);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 300 ? body : body.substring(0, 300);
    }
}
