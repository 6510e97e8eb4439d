package network.khata.notifications.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code khata.sms.provider}: {@code local} (default: log and keep, send nothing). */
@Configuration
public class SmsConfiguration {

    @Bean
    @ConditionalOnProperty(name = "khata.sms.provider", havingValue = "local", matchIfMissing = true)
    LocalSmsOutbox localSmsOutbox() {
        return new LocalSmsOutbox();
    }
}
