package network.khata.app.config;

import network.khata.app.jobs.JobSettings;
import network.khata.app.processing.DeadLetterSettings;
import network.khata.app.security.HttpSettings;
import network.khata.notifications.delivery.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 23: the typed settings hold their defaults, and a wrong value stops start-up with a message naming its key. */
class TypedSettingsTest {
    @EnableConfigurationProperties({HttpSettings.class, RetryPolicy.class, JobSettings.class, DeadLetterSettings.class})
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class)).withUserConfiguration(Settings.class);

    @Test
    void theDefaultsAreTheRecords() {
        context.run(started -> {
            assertThat(started.getBean(HttpSettings.class).workers()).isEqualTo(8);
            assertThat(started.getBean(HttpSettings.class).maxBody()).isEqualTo(DataSize.ofKilobytes(64));
            assertThat(started.getBean(RetryPolicy.class).backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
            assertThat(started.getBean(DeadLetterSettings.class).maxBackoff()).isEqualTo(Duration.ofMinutes(10));
        });
    }

    @Test
    void aWrongValueStopsStartUpNamingItsKey() {
        for (String wrong : new String[]{"khata.http.workers=0", "khata.notifications.retry.multiplier=0.5",
                "khata.jobs.threads=0", "khata.dead-letters.retry-every=often"}) {
            context.withPropertyValues(wrong).run(started -> {
                assertThat(started).as(wrong).hasFailed();
                assertThat(started.getStartupFailure()).as(wrong).hasStackTraceContaining(wrong.substring(0, wrong.indexOf('=')));
            });
        }
    }
}
