package network.khata.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication(scanBasePackages = "network.khata", exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan("network.khata")
public class KhataApplication {
    public static void main(String[] args) {
        start(args);
    }

    /** Boots the service. Axon's anonymous usage reporting stays off unless explicitly enabled. */
    public static ConfigurableApplicationContext start(String... args) {
        if (System.getProperty(AXON_UPDATE_CHECKER_DISABLED) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(AXON_UPDATE_CHECKER_DISABLED, "true");
        }
        return SpringApplication.run(KhataApplication.class, args);
    }

    private static final String AXON_UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";
}
