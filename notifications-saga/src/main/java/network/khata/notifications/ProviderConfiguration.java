package network.khata.notifications;

import network.khata.notifications.email.LocalEmailOutbox;
import network.khata.notifications.sms.LocalSmsOutbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Provider adapters: {@code khata.sms.provider} and {@code khata.email.provider}, {@code local} by default. */
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
}
