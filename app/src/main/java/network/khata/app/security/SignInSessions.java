package network.khata.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sessions of a sign-in with a code: a sign-in starts a family of refresh tokens; each refresh uses one up and hands
 * out the next. A refresh token used a second time means it was copied: the whole family is revoked, the thief's and
 * the holder's sessions alike, and the holder signs in again with a code; the family's access tokens stop working
 * with it ({@link #closed}). One table per kind of holder ({@link CustomerSessions}, {@link TeamSessions}).
 */
public class SignInSessions {
    private final JdbcTemplate jdbc;
    private final SessionTokens tokens;
    private final Clock clock;
    private final String table;
    private final String holderColumn;

    protected SignInSessions(JdbcTemplate jdbc, SessionTokens tokens, Clock clock, String table, String holderColumn) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.clock = clock;
        this.table = table;
        this.holderColumn = holderColumn;
    }

    public record Session(UUID holderId, String token, String refreshToken, long expiresIn) {
    }

    public static class RefreshRefusedException extends RuntimeException {
        public RefreshRefusedException(String message) {
            super(message);
        }
    }

    @Transactional
    public Session start(UUID holderId) {
        return issue(holderId, UUID.randomUUID(), clock.instant());
    }

    /** @throws RefreshRefusedException for a token that is not ours, expired, used before (family revoked) or revoked */
    @Transactional(noRollbackFor = RefreshRefusedException.class)
    public Session refresh(String refreshToken) {
        SessionTokens.RefreshClaims claims;
        try {
            claims = tokens.verifyRefresh(refreshToken);
        } catch (OwnerTokens.InvalidTokenException e) {
            throw new RefreshRefusedException(e.getMessage());
        }
        Instant now = clock.instant();
        List<UUID> taken = jdbc.queryForList("UPDATE " + table + " SET used_at = ? WHERE id = ? AND " + holderColumn
                        + " = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ? RETURNING family_id", UUID.class,
                Timestamp.from(now), claims.tokenId(), claims.holderId(), Timestamp.from(now));
        if (taken.isEmpty()) {
            int revoked = jdbc.update("UPDATE " + table + " SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                    Timestamp.from(now), claims.familyId());
            throw new RefreshRefusedException(revoked > 0
                    ? "this refresh token was used before; every session from that sign-in is now closed"
                    : "this session is closed; sign in again");
        }
        return issue(claims.holderId(), taken.get(0), now);
    }

    /** Signs out: the refresh token's whole sign-in is closed (its access tokens stop at once). Anything else: nothing. */
    @Transactional
    public void close(String refreshToken) {
        try {
            SessionTokens.RefreshClaims claims = tokens.verifyRefresh(refreshToken);
            jdbc.update("UPDATE " + table + " SET revoked_at = ? WHERE family_id = ? AND " + holderColumn + " = ? AND revoked_at IS NULL",
                    Timestamp.from(clock.instant()), claims.familyId(), claims.holderId());
        } catch (OwnerTokens.InvalidTokenException notOurs) {
            // an expired or foreign token closes nothing; the cookie is cleared all the same
        }
    }

    public Duration refreshLifetime() {
        return tokens.refreshLifetime();
    }

    /**
     * Whether the sign-in was closed (a refresh token of it was used twice, or signed out): its access tokens stop at
     * once, on every instance. One indexed look-up per request.
     */
    public boolean closed(UUID familyId) {
        return familyId != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE family_id = ? AND revoked_at IS NOT NULL)", Boolean.class, familyId));
    }

    private Session issue(UUID holderId, UUID familyId, Instant now) {
        SessionTokens.RefreshClaims refresh = new SessionTokens.RefreshClaims(UUID.randomUUID(), familyId, holderId,
                now.plus(tokens.refreshLifetime()));
        jdbc.update("INSERT INTO " + table + " (id, family_id, " + holderColumn + ", issued_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                refresh.tokenId(), familyId, holderId, Timestamp.from(now), Timestamp.from(refresh.expiresAt()));
        return new Session(holderId, tokens.access(holderId, familyId, now), tokens.refresh(refresh, now),
                tokens.accessLifetime().toSeconds());
    }
}
