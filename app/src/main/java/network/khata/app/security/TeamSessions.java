package network.khata.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Sessions of owners and staff who signed in with a code, in {@code team_refresh_tokens}. */
@Component
public class TeamSessions extends SignInSessions {
    public TeamSessions(JdbcTemplate jdbc, TeamTokens tokens, Clock clock) {
        super(jdbc, tokens, clock, "team_refresh_tokens", "member_id");
    }
}
