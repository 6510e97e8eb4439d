package network.khata.app.payments;

import network.khata.api.payments.PayTokens;
import network.khata.api.payments.PaymentLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;

/**
 * Pay-link keys from configuration ({@code KHATA_PAY_LINK_KEYS}, comma-separated): the first signs new links, every one
 * listed still opens the links it signed. Rotating is putting a new key first and dropping the oldest later.
 */
@Configuration
public class PayLinkConfiguration {

    @Bean
    PayTokens payTokens(@Value("${khata.pay-links.keys}") String keys) {
        return new PayTokens(Arrays.stream(keys.split(",")).map(String::strip).filter(key -> !key.isEmpty()).toList());
    }

    @Bean
    PaymentLinks paymentLinks(@Value("${khata.public-url}") String publicUrl, PayTokens tokens) {
        return new PaymentLinks(publicUrl, tokens);
    }
}
