package network.khata.app.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Tokens of portal customers, minted by this service alone (key {@code khata.security.customer-jwt.secret}, never
 * shared with the core ledger app): an access token (claim {@code typ} {@code customer}, short-lived) and a refresh
 * token ({@code typ} {@code refresh}, with its id {@code jti} and its family {@code fam}, see {@link CustomerSessions}).
 */
@Component
public class CustomerTokens {
    static final String FAMILY_CLAIM = "fam";

    private final SecretKey key;
    private final String issuer;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;

    public CustomerTokens(@Value("${khata.security.customer-jwt.secret}") String secret,
                          @Value("${khata.security.jwt.issuer:smartkhata}") String issuer,
                          @Value("${khata.security.customer-jwt.access-lifetime:PT15M}") Duration accessLifetime,
                          @Value("${khata.security.customer-jwt.refresh-lifetime:P30D}") Duration refreshLifetime) {
        this.key = BearerTokens.key(secret, "khata.security.customer-jwt.secret");
        this.issuer = issuer;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
    }

    public record RefreshClaims(UUID tokenId, UUID familyId, UUID customerId, Instant expiresAt) {
    }

    public Duration accessLifetime() {
        return accessLifetime;
    }

    public Duration refreshLifetime() {
        return refreshLifetime;
    }

    /** What an access token says: whose it is, and the sign-in (refresh family) it belongs to, null in older tokens. */
    public record AccessClaims(UUID customerId, UUID familyId) {
    }

    /** An access token of no sign-in: it cannot be closed early (tokens minted before they named their sign-in). */
    public String access(UUID customerId, Instant now) {
        return access(customerId, null, now);
    }

    /** An access token of the sign-in {@code familyId}: it stops working when that sign-in is closed. */
    public String access(UUID customerId, UUID familyId, Instant now) {
        var token = Jwts.builder().issuer(issuer).subject(customerId.toString()).claim(BearerTokens.TYPE_CLAIM, "customer")
                .issuedAt(Date.from(now)).expiration(Date.from(now.plus(accessLifetime)));
        if (familyId != null) {
            token.claim(FAMILY_CLAIM, familyId.toString());
        }
        return token.signWith(key, Jwts.SIG.HS256).compact();
    }

    public String refresh(RefreshClaims claims, Instant now) {
        return Jwts.builder().issuer(issuer).subject(claims.customerId().toString()).claim(BearerTokens.TYPE_CLAIM, "refresh")
                .id(claims.tokenId().toString()).claim(FAMILY_CLAIM, claims.familyId().toString())
                .issuedAt(Date.from(now)).expiration(Date.from(claims.expiresAt()))
                .signWith(key, Jwts.SIG.HS256).compact();
    }

    /** @throws OwnerTokens.InvalidTokenException unless it is a current customer access token of ours */
    public AccessClaims verifyAccess(String token) {
        Claims claims = parse(token, "customer");
        BearerTokens.requireLifetime(claims, accessLifetime, "customer");
        try {
            String family = claims.get(FAMILY_CLAIM, String.class);
            return new AccessClaims(UUID.fromString(claims.getSubject()), family == null ? null : UUID.fromString(family));
        } catch (IllegalArgumentException e) {
            throw new OwnerTokens.InvalidTokenException("the token is not one this service accepts");
        }
    }

    /** @throws OwnerTokens.InvalidTokenException unless it is an unexpired refresh token of ours */
    public RefreshClaims verifyRefresh(String token) {
        Claims claims = parse(token, "refresh");
        BearerTokens.requireLifetime(claims, refreshLifetime, "refresh");
        try {
            return new RefreshClaims(UUID.fromString(claims.getId()), UUID.fromString(claims.get(FAMILY_CLAIM, String.class)),
                    UUID.fromString(claims.getSubject()), claims.getExpiration().toInstant());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OwnerTokens.InvalidTokenException("the token is not one this service accepts");
        }
    }

    private Claims parse(String token, String type) {
        return BearerTokens.verify(key, issuer, token, type);
    }
}
