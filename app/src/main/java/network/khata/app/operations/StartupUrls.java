package network.khata.app.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One line when the service is ready, saying where a person finds it: the portal, the owner page and Swagger UI. */
@Component
public class StartupUrls {
    private static final Logger log = LoggerFactory.getLogger(StartupUrls.class);

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        log.info("Khata Network is ready: portal {}/portal, owner page {}/owner, API {}/swagger-ui.html (links in messages use {})",
                base, base, base, environment.getProperty("khata.public-url"));
    }
}
