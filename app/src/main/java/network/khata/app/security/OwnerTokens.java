package network.khata.app.security;

import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
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
    static final String TYPE_CLAIM = "typ";
    static final String OWNER_TYPE = "owner";

    private final SecretKey key;
    private final String issuer;

    public OwnerTokens(@Value("${khata.security.jwt.secret}") String secret,
                       @Value("${khata.security.jwt.issuer:smartkhata}") String issuer) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("khata.security.jwt.secret must have at least 32 bytes");
        }
        this.key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.issuer = issuer;
    }

    public record OwnerClaims(UUID ownerId, UUID businessId) {
    }

    public String mint(UUID ownerId, UUID businessId, Instant now, Duration validFor) {
        return Jwts.builder()
                .issuer(issuer)
                .subject(ownerId.toString())
                .claim(BUSINESS_CLAIM, businessId.toString())
                .claim(TYPE_CLAIM, OWNER_TYPE)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(validFor)))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
    }

    /** @throws InvalidTokenException when the token is not ours, not an owner token, expired or malformed */
    public OwnerClaims verify(String token) {
        try {
            var claims = Jwts.parser().verifyWith(key).requireIssuer(issuer).build().parseSignedClaims(token).getPayload();
            if (!OWNER_TYPE.equals(claims.get(TYPE_CLAIM, String.class))) {
                throw new InvalidTokenException("not an owner token");
            }
            return new OwnerClaims(UUID.fromString(claims.getSubject()),
                    UUID.fromString(claims.get(BUSINESS_CLAIM, String.class)));
        } catch (ExpiredJwtException e) {
            throw new InvalidTokenException("the token has expired");
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidTokenException("the token is not one this service accepts");
        }
    }

    public static class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
