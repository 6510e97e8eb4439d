package network.khata.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import network.khata.api.team.TeamRole;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Sessions of owners and staff who signed in with a code, in {@code team_refresh_tokens}. */
@Component
public class TeamSessions extends SignInSessions {
    private final JdbcTemplate jdbc;

    public TeamSessions(JdbcTemplate jdbc, TeamTokens tokens, Clock clock) {
        super(jdbc, tokens, clock, "team_refresh_tokens", "member_id");
        this.jdbc = jdbc;
    }

    /** Where a request of a team session stands: its sign-in closed, or the person's role in the business (none: not theirs). */
    public record Standing(boolean closed, Optional<TeamRole> role) {
    }

    /**
     * One round trip per request: whether the sign-in was closed, and the person's role in the business now (their own
     * team row, under row scope {@code member}). Measured against the query bus and two reads: scripts/bench-cost.sh.
     */
    public Standing standing(UUID memberId, UUID familyId, UUID businessId) {
        return RowScope.callAs(RowScope.member(memberId), () -> jdbc.queryForObject("""
                        SELECT EXISTS (SELECT 1 FROM team_refresh_tokens WHERE family_id = ? AND revoked_at IS NOT NULL) AS closed,
                               (SELECT role FROM team_members WHERE member_id = ? AND business_id = ?) AS role""",
                (rs, row) -> new Standing(rs.getBoolean("closed"), Optional.ofNullable(rs.getString("role")).flatMap(TeamRole::fromCode)),
                familyId, memberId, businessId));
    }
}
