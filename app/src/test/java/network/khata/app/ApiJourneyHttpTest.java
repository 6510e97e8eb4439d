package network.khata.app;

import network.khata.app.contract.ApiJourney;
import network.khata.app.security.ServiceTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: one walk through every operation the API document has, as owner, customer, core ledger, operator and
 * providers, and every answer is one the document describes (judged here by the walk, and by the service-side check
 * that judges every exchange of the suite).
 */
@PostgresEngineApp
class ApiJourneyHttpTest extends PortalApiTest {
    @Autowired
    ServiceTokens services;
    @Value("${khata.admin.username}:${khata.admin.password}")
    String operator;

    @Test
    void everyOperationAnswersAsTheDocumentSays() throws Exception {
        Owner owner = newBusiness("Journey Shop");
        ApiJourney.Outcome outcome = new ApiJourney(new ApiJourney.Callers("http://127.0.0.1:" + port, owner.headers(),
                services.mint(ServiceTokens.BUSINESSES, Instant.now(), Duration.ofMinutes(10)), operator,
                phone -> codeSentTo("+91" + phone, 1))).walk();

        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.notMade()).isEmpty();
        assertThat(outcome.exchanges()).isGreaterThan(40);
    }
}
