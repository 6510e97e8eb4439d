package network.khata.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Portal sessions of network customers, in {@code customer_refresh_tokens}. */
@Component
public class CustomerSessions extends SignInSessions {
    public CustomerSessions(JdbcTemplate jdbc, CustomerTokens tokens, Clock clock) {
        super(jdbc, tokens, clock, "customer_refresh_tokens", "customer_id");
    }
}
