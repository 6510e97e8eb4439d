package network.khata.app.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The tokens of a sign-in this service runs itself (a portal customer's, a team member's), minted by this service alone
 * (key {@code khata.security.customer-jwt.secret}, never shared with the core ledger app): a short-lived access token
 * (claim {@code typ} the holder's kind) and a refresh token (its own {@code typ}, with its id {@code jti} and its family
 * {@code fam}, see {@link SignInSessions}). Each kind's types differ, so one kind's token never opens the other's door.
 */
public class SessionTokens {
    static final String FAMILY_CLAIM = "fam";

    private final SecretKey key;
    private final String issuer;
    private final String accessType;
    private final String refreshType;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;

    protected SessionTokens(String secret, String issuer, String accessType, String refreshType, Duration accessLifetime,
                            Duration refreshLifetime) {
        this.key = BearerTokens.key(secret, "khata.security.customer-jwt.secret");
        this.issuer = issuer;
        this.accessType = accessType;
        this.refreshType = refreshType;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
    }

    /** A refresh token: its id, its sign-in, whose it is, and until when. */
    public record RefreshClaims(UUID tokenId, UUID familyId, UUID holderId, Instant expiresAt) {
    }

    /** What an access token says: whose it is, and the sign-in (refresh family) it belongs to, null in older tokens. */
    public record AccessClaims(UUID holderId, UUID familyId) {
    }

    public Duration accessLifetime() {
        return accessLifetime;
    }

    public Duration refreshLifetime() {
        return refreshLifetime;
    }

    /** An access token of the sign-in {@code familyId} (null: of none): it stops working when that sign-in is closed. */
    public String access(UUID holderId, UUID familyId, Instant now) {
        var token = Jwts.builder().issuer(issuer).subject(holderId.toString()).claim(BearerTokens.TYPE_CLAIM, accessType)
                .issuedAt(Date.from(now)).expiration(Date.from(now.plus(accessLifetime)));
        if (familyId != null) {
            token.claim(FAMILY_CLAIM, familyId.toString());
        }
        return token.signWith(key, Jwts.SIG.HS256).compact();
    }

    public String refresh(RefreshClaims claims, Instant now) {
        return Jwts.builder().issuer(issuer).subject(claims.holderId().toString()).claim(BearerTokens.TYPE_CLAIM, refreshType)
                .id(claims.tokenId().toString()).claim(FAMILY_CLAIM, claims.familyId().toString())
                .issuedAt(Date.from(now)).expiration(Date.from(claims.expiresAt()))
                .signWith(key, Jwts.SIG.HS256).compact();
    }

    /** @throws OwnerTokens.InvalidTokenException unless it is a current access token of this kind */
    public AccessClaims verifyAccess(String token) {
        Claims claims = BearerTokens.verify(key, issuer, token, accessType);
        BearerTokens.requireLifetime(claims, accessLifetime, accessType);
        try {
            String family = claims.get(FAMILY_CLAIM, String.class);
            return new AccessClaims(UUID.fromString(claims.getSubject()), family == null ? null : UUID.fromString(family));
        } catch (IllegalArgumentException e) {
            throw new OwnerTokens.InvalidTokenException("the token is not one this service accepts");
        }
    }

    /** @throws OwnerTokens.InvalidTokenException unless it is an unexpired refresh token of this kind */
    public RefreshClaims verifyRefresh(String token) {
        Claims claims = BearerTokens.verify(key, issuer, token, refreshType);
        BearerTokens.requireLifetime(claims, refreshLifetime, refreshType);
        try {
            return new RefreshClaims(UUID.fromString(claims.getId()), UUID.fromString(claims.get(FAMILY_CLAIM, String.class)),
                    UUID.fromString(claims.getSubject()), claims.getExpiration().toInstant());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OwnerTokens.InvalidTokenException("the token is not one this service accepts");
        }
    }
}
