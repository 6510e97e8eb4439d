package network.khata.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** Tokens of portal customers: access {@code typ} {@code customer}, refresh {@code typ} {@code refresh}. */
@Component
public class CustomerTokens extends SessionTokens {
    public CustomerTokens(@Value("${khata.security.customer-jwt.secret}") String secret, TokenSettings.Jwt jwt,
                          TokenSettings.Customer lives) {
        super(secret, jwt.issuer(), "customer", "refresh", lives.accessLifetime(), lives.refreshLifetime());
    }

    /** An access token of no sign-in: it cannot be closed early (tokens minted before they named their sign-in). */
    public String access(UUID customerId, Instant now) {
        return access(customerId, null, now);
    }
}
