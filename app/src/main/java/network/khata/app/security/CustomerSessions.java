package network.khata.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Portal sessions: a sign-in starts a family of refresh tokens; each refresh uses one up and hands out the next. A
 * refresh token used a second time means it was copied: the whole family is revoked, the thief's and the customer's
 * sessions alike, and the customer signs in again with a code; the family's access tokens stop working with it
 * ({@link #closed}). Rows live in {@code customer_refresh_tokens}.
 */
@Component
public class CustomerSessions {
    private final JdbcTemplate jdbc;
    private final CustomerTokens tokens;
    private final Clock clock;

    public CustomerSessions(JdbcTemplate jdbc, CustomerTokens tokens, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.clock = clock;
    }

    public record Session(UUID customerId, String token, String refreshToken, long expiresIn) {
    }

    public static class RefreshRefusedException extends RuntimeException {
        public RefreshRefusedException(String message) {
            super(message);
        }
    }

    @Transactional
    public Session start(UUID customerId) {
        return issue(customerId, UUID.randomUUID(), clock.instant());
    }

    /** @throws RefreshRefusedException for a token that is not ours, expired, used before (family revoked) or revoked */
    @Transactional(noRollbackFor = RefreshRefusedException.class)
    public Session refresh(String refreshToken) {
        CustomerTokens.RefreshClaims claims;
        try {
            claims = tokens.verifyRefresh(refreshToken);
        } catch (OwnerTokens.InvalidTokenException e) {
            throw new RefreshRefusedException(e.getMessage());
        }
        Instant now = clock.instant();
        List<UUID> taken = jdbc.queryForList("""
                UPDATE customer_refresh_tokens SET used_at = ?
                WHERE id = ? AND customer_id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
                RETURNING family_id""", UUID.class, Timestamp.from(now), claims.tokenId(), claims.customerId(), Timestamp.from(now));
        if (taken.isEmpty()) {
            int revoked = jdbc.update("UPDATE customer_refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                    Timestamp.from(now), claims.familyId());
            throw new RefreshRefusedException(revoked > 0
                    ? "this refresh token was used before; every session from that sign-in is now closed"
                    : "this session is closed; sign in again");
        }
        return issue(claims.customerId(), taken.get(0), now);
    }

    /** Signs out: the refresh token's whole sign-in is closed (its access tokens stop at once). Anything else: nothing. */
    @Transactional
    public void close(String refreshToken) {
        try {
            CustomerTokens.RefreshClaims claims = tokens.verifyRefresh(refreshToken);
            jdbc.update("UPDATE customer_refresh_tokens SET revoked_at = ? WHERE family_id = ? AND customer_id = ? AND revoked_at IS NULL",
                    Timestamp.from(clock.instant()), claims.familyId(), claims.customerId());
        } catch (OwnerTokens.InvalidTokenException notOurs) {
            // an expired or foreign token closes nothing; the cookie is cleared all the same
        }
    }

    public java.time.Duration refreshLifetime() {
        return tokens.refreshLifetime();
    }

    /**
     * Whether the sign-in was closed (a refresh token of it was used twice): its access tokens stop at once, on every
     * instance. One indexed look-up per customer request.
     */
    public boolean closed(UUID familyId) {
        return familyId != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM customer_refresh_tokens WHERE family_id = ? AND revoked_at IS NOT NULL)",
                Boolean.class, familyId));
    }

    private Session issue(UUID customerId, UUID familyId, Instant now) {
        CustomerTokens.RefreshClaims refresh = new CustomerTokens.RefreshClaims(UUID.randomUUID(), familyId, customerId,
                now.plus(tokens.refreshLifetime()));
        jdbc.update("INSERT INTO customer_refresh_tokens (id, family_id, customer_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                refresh.tokenId(), familyId, customerId, Timestamp.from(now), Timestamp.from(refresh.expiresAt()));
        return new Session(customerId, tokens.access(customerId, familyId, now), tokens.refresh(refresh, now),
                tokens.accessLifetime().toSeconds());
    }
}
