package network.khata.notifications.delivery;

/** How a provider's HTTP status reads: 2xx taken; 408, 429 and 5xx try again later; any other 4xx never. */
public final class ProviderResponses {
    private ProviderResponses() {
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
