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
import network.khata.notifications.whatsapp.LocalWhatsAppOutbox;
import network.khata.notifications.whatsapp.WhatsAppCloudSender;
import network.khata.notifications.whatsapp.WhatsAppWebhook;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
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
    Msg91SmsSender msg91SmsSender(@Value("${khata.sms.msg91.base-url:https://control.msg91.com}") String baseUrl,
                                  @Value("${khata.sms.msg91.auth-key}") String authKey,
                                  @Value("${khata.sms.msg91.short-url:false}") boolean shortUrl,
                                  @Value("${khata.sms.msg91.timeout:PT10S}") Duration timeout, SmsCatalogue catalogue,
                                  ObjectMapper json) {
        return new Msg91SmsSender(new Msg91SmsSender.Msg91Settings(baseUrl,
                ProviderSecrets.required("khata.sms.msg91.auth-key", authKey), shortUrl, timeout), catalogue, json);
    }

    /** Every template registered, or the service does not start with MSG91. */
    @Bean
    @ConditionalOnProperty(name = "khata.sms.provider", havingValue = "msg91")
    SmsCatalogue smsCatalogue(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, Map<String, SmsCatalogue.Registration>> registrations = binder.bind("khata.sms.catalogue",
                Bindable.<Map<String, Map<String, SmsCatalogue.Registration>>>of(ResolvableType.forClassWithGenerics(Map.class,
                        ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(Map.class, String.class,
                                SmsCatalogue.Registration.class)))).orElse(Map.of());
        return new SmsCatalogue(environment.getProperty("khata.sms.sender"), registrations);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.sms.provider", havingValue = "msg91")
    Msg91DeliveryReports msg91DeliveryReports(@Value("${khata.sms.msg91.webhook-token}") String token, ObjectMapper json) {
        return new Msg91DeliveryReports(ProviderSecrets.required("khata.sms.msg91.webhook-token", token), json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.email.provider", havingValue = "sendgrid")
    SendGridEmailSender sendGridEmailSender(@Value("${khata.email.sendgrid.base-url:https://api.sendgrid.com}") String baseUrl,
                                            @Value("${khata.email.sendgrid.api-key}") String apiKey,
                                            @Value("${khata.email.sendgrid.from-address}") String fromAddress,
                                            @Value("${khata.email.sendgrid.from-name:Khata Network}") String fromName,
                                            @Value("${khata.email.sendgrid.timeout:PT10S}") Duration timeout) {
        return new SendGridEmailSender(new SendGridEmailSender.SendGridSettings(baseUrl,
                ProviderSecrets.required("khata.email.sendgrid.api-key", apiKey), fromAddress, fromName, timeout));
    }

    @Bean
    @ConditionalOnProperty(name = "khata.whatsapp.provider", havingValue = "local", matchIfMissing = true)
    LocalWhatsAppOutbox localWhatsAppOutbox() {
        return new LocalWhatsAppOutbox();
    }

    @Bean
    @ConditionalOnProperty(name = "khata.whatsapp.provider", havingValue = "cloud")
    WhatsAppCloudSender whatsAppCloudSender(@Value("${khata.whatsapp.cloud.base-url:https://graph.facebook.com/v21.0}") String baseUrl,
                                            @Value("${khata.whatsapp.cloud.phone-number-id}") String phoneNumberId,
                                            @Value("${khata.whatsapp.cloud.access-token}") String accessToken,
                                            @Value("${khata.whatsapp.cloud.template-prefix:khata_}") String templatePrefix,
                                            @Value("${khata.whatsapp.cloud.timeout:PT10S}") Duration timeout, ObjectMapper json) {
        return new WhatsAppCloudSender(new WhatsAppCloudSender.CloudSettings(baseUrl, phoneNumberId,
                ProviderSecrets.required("khata.whatsapp.cloud.access-token", accessToken), templatePrefix, timeout), json);
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
    RazorpayPaymentLinks razorpayPaymentLinks(@Value("${khata.razorpay.base-url:https://api.razorpay.com}") String baseUrl,
                                              @Value("${khata.razorpay.key-id}") String keyId,
                                              @Value("${khata.razorpay.key-secret}") String keySecret,
                                              @Value("${khata.razorpay.timeout:PT10S}") Duration timeout, ObjectMapper json) {
        return new RazorpayPaymentLinks(new RazorpayPaymentLinks.RazorpaySettings(baseUrl,
                ProviderSecrets.required("khata.razorpay.key-id", keyId),
                ProviderSecrets.required("khata.razorpay.key-secret", keySecret), timeout), json);
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
