package network.khata.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 22: a provider switched on with an empty webhook secret or token does not start, and says which setting. */
class ProviderSecretsTest {
    private final ProviderConfiguration providers = new ProviderConfiguration();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyWebhookSecretAndTokenMustBeSet() {
        Map<String, Supplier<Object>> starts = Map.of(
                "khata.sms.msg91.webhook-token", () -> providers.msg91DeliveryReports("", json),
                "khata.whatsapp.cloud.verify-token", () -> providers.whatsAppWebhook("app-secret-0123456789", " ", json),
                "khata.whatsapp.cloud.app-secret", () -> providers.whatsAppWebhook("", "verify-me", json),
                "khata.razorpay.webhook-secret", () -> providers.razorpayWebhook("", json),
                "khata.email.sendgrid.webhook-public-key", () -> providers.sendGridEventWebhook("", json, Clock.systemUTC()));
        for (String setting : List.copyOf(starts.keySet())) {
            assertThatThrownBy(() -> starts.get(setting).get()).as(setting)
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith(setting + " must be set");
        }
    }
}
