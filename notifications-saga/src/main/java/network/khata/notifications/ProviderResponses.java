package network.khata.notifications;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** How a provider's HTTP status reads: 2xx taken; 408, 429 and 5xx try again later; any other 4xx never. */
public final class ProviderResponses {
    private ProviderResponses() {
    }

    /**
     * Sends a request to a provider and answers its accepted (2xx) response.
     *
     * @throws DeliveryException to try again later when the provider cannot be reached, takes too long or the thread is
     *                           interrupted; otherwise as {@link #requireAccepted} reads the status
     */
    public static HttpResponse<String> exchange(HttpClient http, HttpRequest request, String provider) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unreachable(provider, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while calling " + provider, false, e);
        }
        requireAccepted(provider, response.statusCode(), response.body());
        return response;
    }

    /** A provider that could not be reached or did not answer in time: to try again later. */
    public static DeliveryException unreachable(String provider, IOException e) {
        return new DeliveryException(provider + " unreachable: " + e.getClass().getSimpleName() + " " + e.getMessage(), false, e);
    }

    /** @throws DeliveryException unless the status is 2xx */
    public static void requireAccepted(String provider, int status, String body) {
        if (status >= 200 && status < 300) {
            return;
        }
        String reason = provider + " answered " + status + ": " + abbreviate(body);
        boolean retryable = status == 408 || status == 429 || status >= 500;
        throw new DeliveryException(reason, !retryable, null);
    }

    static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
