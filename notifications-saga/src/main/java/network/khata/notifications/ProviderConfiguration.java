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
 * {@code khata.email.provider}: {@code local} (default) or {@code sendgrid}; {@code khata.razorpay.enabled}: Razorpay
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
                                  @Value("${khata.sms.msg91.template-id}") String templateId,
                                  @Value("${khata.sms.msg91.otp-template-id:${khata.sms.msg91.template-id}}") String otpTemplateId,
                                  @Value("${khata.sms.msg91.timeout:PT10S}") Duration timeout, ObjectMapper json) {
        return new Msg91SmsSender(new Msg91SmsSender.Msg91Settings(baseUrl, authKey, templateId,
                Map.of("otp", otpTemplateId), timeout), json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.sms.provider", havingValue = "msg91")
    Msg91DeliveryReports msg91DeliveryReports(@Value("${khata.sms.msg91.webhook-token}") String token, ObjectMapper json) {
        return new Msg91DeliveryReports(token, json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.email.provider", havingValue = "sendgrid")
    SendGridEmailSender sendGridEmailSender(@Value("${khata.email.sendgrid.base-url:https://api.sendgrid.com}") String baseUrl,
                                            @Value("${khata.email.sendgrid.api-key}") String apiKey,
                                            @Value("${khata.email.sendgrid.from-address}") String fromAddress,
                                            @Value("${khata.email.sendgrid.from-name:Khata Network}") String fromName,
                                            @Value("${khata.email.sendgrid.timeout:PT10S}") Duration timeout) {
        return new SendGridEmailSender(new SendGridEmailSender.SendGridSettings(baseUrl, apiKey, fromAddress, fromName, timeout));
    }

    @Bean
    @ConditionalOnProperty(name = "khata.razorpay.enabled", havingValue = "true")
    RazorpayPaymentLinks razorpayPaymentLinks(@Value("${khata.razorpay.base-url:https://api.razorpay.com}") String baseUrl,
                                              @Value("${khata.razorpay.key-id}") String keyId,
                                              @Value("${khata.razorpay.key-secret}") String keySecret,
                                              @Value("${khata.razorpay.timeout:PT10S}") Duration timeout, ObjectMapper json) {
        return new RazorpayPaymentLinks(new RazorpayPaymentLinks.RazorpaySettings(baseUrl, keyId, keySecret, timeout), json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.razorpay.enabled", havingValue = "true")
    RazorpayWebhook razorpayWebhook(@Value("${khata.razorpay.webhook-secret}") String secret, ObjectMapper json) {
        return new RazorpayWebhook(secret, json);
    }

    @Bean
    @ConditionalOnProperty(name = "khata.email.provider", havingValue = "sendgrid")
    SendGridEventWebhook sendGridEventWebhook(@Value("${khata.email.sendgrid.webhook-public-key}") String publicKey,
                                              ObjectMapper json) {
        return new SendGridEventWebhook(publicKey, json);
    }
}
