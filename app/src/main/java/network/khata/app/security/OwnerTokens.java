package network.khata.app.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Owner tokens: HS256 JWTs signed with {@code khata.security.jwt.secret}, subject the owner id, claim
 * {@code business_id} the business the owner acts for. In production the core ledger app mints them with the same key.
 */
@Component
public class OwnerTokens {
    static final String BUSINESS_CLAIM = "business_id";
    static final String OWNER_TYPE = "owner";

    static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(24);

    private final SecretKey key;
    private final String issuer;
    private final Duration maxLifetime;

    @Autowired
    public OwnerTokens(@Value("${khata.security.jwt.secret}") String secret, TokenSettings.Jwt jwt) {
        this(secret, jwt.issuer(), jwt.maxLifetime());
    }

    private OwnerTokens(String secret, String issuer, Duration maxLifetime) {
        this.key = BearerTokens.key(secret, "khata.security.jwt.secret");
        this.issuer = issuer;
        this.maxLifetime = maxLifetime;
    }

    public OwnerTokens(String secret, String issuer) {
        this(secret, issuer, DEFAULT_MAX_LIFETIME);
    }

    public record OwnerClaims(UUID ownerId, UUID businessId) {
    }

    public String mint(UUID ownerId, UUID businessId, Instant now, Duration validFor) {
        return Jwts.builder()
                .issuer(issuer)
                .subject(ownerId.toString())
                .claim(BUSINESS_CLAIM, businessId.toString())
                .claim(BearerTokens.TYPE_CLAIM, OWNER_TYPE)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(validFor)))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
    }

    /**
     * @throws InvalidTokenException when the token is not ours, not an owner token, expired or malformed, has no expiry,
     *                               or lives longer than {@code khata.security.jwt.max-lifetime} (from its issue, and
     *                               from now): a stolen token must stop working soon
     */
    public OwnerClaims verify(String token) {
        Claims claims = BearerTokens.verify(key, issuer, token, OWNER_TYPE);
        BearerTokens.requireLifetime(claims, maxLifetime, OWNER_TYPE);
        try {
            return new OwnerClaims(UUID.fromString(claims.getSubject()),
                    UUID.fromString(claims.get(BUSINESS_CLAIM, String.class)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidTokenException("the token is not one this service accepts");
        }
    }

    public static class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
