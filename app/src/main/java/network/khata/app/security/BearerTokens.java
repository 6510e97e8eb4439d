package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.app.problems.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** What owner and customer tokens share: HS256 keys, verification with a {@code typ} claim, the header, the 401. */
final class BearerTokens {
    static final String TYPE_CLAIM = "typ";
    private static final VerifiedTokens VERIFIED = new VerifiedTokens();

    private BearerTokens() {
    }

    static SecretKey key(String secret, String property) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException(property + " must have at least 32 bytes");
        }
        return Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws OwnerTokens.InvalidTokenException unless signed with {@code key}, by {@code issuer}, of {@code type},
     *                                           carrying an expiry ({@code exp}) that has not passed
     */
    static Claims verify(SecretKey key, String issuer, String token, String type) {
        return VERIFIED.verify(key, issuer, token, type, () -> parse(key, issuer, token, type));
    }

    private static Claims parse(SecretKey key, String issuer, String token, String type) {
        try {
            Claims claims = Jwts.parser().verifyWith(key).requireIssuer(issuer).build().parseSignedClaims(token).getPayload();
            if (!type.equals(claims.get(TYPE_CLAIM, String.class))) {
                throw new OwnerTokens.InvalidTokenException("not " + withArticle(type) + " token");
            }
            if (claims.getExpiration() == null) {
                throw new OwnerTokens.InvalidTokenException(withArticle(type) + " token must carry an expiry (exp)");
            }
            return claims;
        } catch (ExpiredJwtException e) {
            throw new OwnerTokens.InvalidTokenException("the token has expired");
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            throw new OwnerTokens.InvalidTokenException("the token is not one this service accepts");
        }
    }

    /**
     * Every kind of token has a longest life (owner 24 h, service 24 h, customer access and refresh as this service
     * mints them): a token minted to live longer, counted from its issue or from now, is refused, so a stolen or
     * carelessly minted token stops working soon.
     *
     * @throws OwnerTokens.InvalidTokenException when the token would live longer than {@code maxLifetime}
     */
    static void requireLifetime(Claims claims, Duration maxLifetime, String kind) {
        Instant expires = claims.getExpiration().toInstant();
        Instant now = Instant.now();
        Instant issued = claims.getIssuedAt() == null ? now : claims.getIssuedAt().toInstant();
        if (Duration.between(issued, expires).compareTo(maxLifetime) > 0 || Duration.between(now, expires).compareTo(maxLifetime) > 0) {
            throw new OwnerTokens.InvalidTokenException(withArticle(kind) + " token may live at most " + (maxLifetime.toMinutes() % 60 == 0
                    ? maxLifetime.toHours() + " hours" : maxLifetime.toMinutes() + " minutes"));
        }
    }

    /**
     * Whether the token says it is of {@code type}, before any check of its signature: only to choose which refusal
     * tells the caller more (an expired team session says so, not that it is no ledger token).
     */
    static boolean isOfType(String token, String type) {
        String[] parts = token.split("\\.");
        try {
            String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return payload.contains("\"" + TYPE_CLAIM + "\":\"" + type + "\"");
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    /** The request's path below the application's context path, as the filters match their prefixes against it. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** @throws OwnerTokens.InvalidTokenException when the request has no {@code Authorization: Bearer} header */
    static String from(HttpServletRequest request, String kind) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new OwnerTokens.InvalidTokenException(withArticle(kind) + " token is required: Authorization: Bearer <token>");
        }
        return authorization.substring(7).trim();
    }

    private static String withArticle(String noun) {
        return (noun.matches("[aeiou].*") ? "an " : "a ") + noun;
    }

    static void unauthorized(HttpServletResponse response, ObjectMapper json, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Not authenticated", detail));
    }
}
