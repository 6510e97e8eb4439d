package network.khata.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.notifications.email.LocalEmailOutbox;
import network.khata.notifications.email.SendGridEmailSender;
import network.khata.notifications.email.SendGridEventWebhook;
import network.khata.notifications.payments.RazorpayPaymentLinks;
import network.khata.notifications.payments.RazorpayWebhook;
import network.khata.notifications.sms.LocalSmsOutbox;
import network.khata.notifications.sms.Msg91DeliveryReports;
import network.khata.notifications.sms.Msg91SmsSender;
import network.khata.notifications.sms.SmsCatalogue;
import network.khata.notifications.sms.SmsSettings;
import network.khata.notifications.whatsapp.LocalWhatsAppOutbox;
import network.khata.notifications.whatsapp.WhatsAppCloudSender;
import network.khata.notifications.whatsapp.WhatsAppWebhook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Map;

/**
 * Provider adapters. {@code khata.sms.provider}: {@code local} (default: log and keep, send nothing) or {@code msg91};
 * {@code khata.email.provider}: {@code local} (default) or {@code sendgrid}; {@code khata.whatsapp.provider}:
 * {@code local} (default) or {@code cloud} (WhatsApp Business Cloud API); {@code khata.razorpay.enabled}: Razorpay
 * payment links and their webhook (default off: pay pages offer the business's UPI alone).
 */
@Configuration
public class ProviderConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnProperty(name = "khata.sms.provider", havingValue = "local", matchIfMissing = true)
    LocalSmsOutbox localSmsOutbox() {
        return new LocalSmsOutbox();
    }

    @Bean
    @ConditionalOnProperty(name = "khata.email.provider", havingValue = "local", matchIfMissing = true)
    LocalEmailOutbox localEmailOutbox() {
        return new LocalEmailOutbox();
    }

    @Bean
    @ConditionalOnProperty(name = "khata.sms.provider", havingValue = "msg91")
    Msg91SmsSender msg91SmsSender(Msg91SmsSender.Msg91Settings settings, SmsCatalogue catalogue, ObjectMapper json) {
        ProviderSecrets.required("khata.sms.msg91.auth-key", settings.authKey());
        return new Msg91SmsSender(settings, catalogue, json);
    }

    /** Every template registered, or the service does not start with MSG91. */
    @Bean
    @ConditionalOnProperty(name = "khata.sms.provider", havingValue = "msg91")
    SmsCatalogue smsCatalogue(SmsSettings settings) {
        return new SmsCatalogue(settings.sender(), settings.catalogue() == null ? Map.of() : settings.catalogue());
    }

    @Bean
    @ConditionalOnProperty(name = "khata.sms.provider", havingValue = "msg91")
    Msg91DeliveryReports msg91DeliveryReports(@Value("${khata.sms.msg91.webhook-token}") String token, ObjectMapper json) {
        return new Msg91DeliveryReports(ProviderSecrets.required("khata.sms.msg91.webhook-token", token), json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.email.provider", havingValue = "sendgrid")
    SendGridEmailSender sendGridEmailSender(SendGridEmailSender.SendGridSettings settings) {
        ProviderSecrets.required("khata.email.sendgrid.api-key", settings.apiKey());
        ProviderSecrets.required("khata.email.sendgrid.from-address", settings.fromAddress());
        return new SendGridEmailSender(settings);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.whatsapp.provider", havingValue = "local", matchIfMissing = true)
    LocalWhatsAppOutbox localWhatsAppOutbox() {
        return new LocalWhatsAppOutbox();
    }

    @Bean
    @ConditionalOnProperty(name = "khata.whatsapp.provider", havingValue = "cloud")
    WhatsAppCloudSender whatsAppCloudSender(WhatsAppCloudSender.CloudSettings settings, ObjectMapper json) {
        ProviderSecrets.required("khata.whatsapp.cloud.phone-number-id", settings.phoneNumberId());
        ProviderSecrets.required("khata.whatsapp.cloud.access-token", settings.accessToken());
        return new WhatsAppCloudSender(settings, json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.whatsapp.provider", havingValue = "cloud")
    WhatsAppWebhook whatsAppWebhook(@Value("${khata.whatsapp.cloud.app-secret}") String appSecret,
                                    @Value("${khata.whatsapp.cloud.verify-token}") String verifyToken, ObjectMapper json) {
        return new WhatsAppWebhook(ProviderSecrets.required("khata.whatsapp.cloud.app-secret", appSecret),
                ProviderSecrets.required("khata.whatsapp.cloud.verify-token", verifyToken), json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.razorpay.enabled", havingValue = "true")
    RazorpayPaymentLinks razorpayPaymentLinks(RazorpayPaymentLinks.RazorpaySettings settings, ObjectMapper json) {
        ProviderSecrets.required("khata.razorpay.key-id", settings.keyId());
        ProviderSecrets.required("khata.razorpay.key-secret", settings.keySecret());
        return new RazorpayPaymentLinks(settings, json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.razorpay.enabled", havingValue = "true")
    RazorpayWebhook razorpayWebhook(@Value("${khata.razorpay.webhook-secret}") String secret, ObjectMapper json) {
        return new RazorpayWebhook(ProviderSecrets.required("khata.razorpay.webhook-secret", secret), json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.email.provider", havingValue = "sendgrid")
    SendGridEventWebhook sendGridEventWebhook(@Value("${khata.email.sendgrid.webhook-public-key}") String publicKey,
                                              ObjectMapper json, Clock clock) {
        return new SendGridEventWebhook(ProviderSecrets.required("khata.email.sendgrid.webhook-public-key", publicKey), json,
                clock);
    }
}
