package network.khata.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** Points a Spring test context at this JVM's fresh PostgreSQL database. */
public class KhataTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=" + TestPostgres.jdbcUrl(),
                "spring.datasource.username=" + TestPostgres.user());
    }
}
