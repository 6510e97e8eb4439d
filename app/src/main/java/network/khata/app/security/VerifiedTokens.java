package network.khata.app.security;

import io.jsonwebtoken.Claims;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Bearer tokens this instance has verified, so that the next request with the same token skips parsing and checking
 * the signature (a seventh of a request's CPU under load). Looked up by the token's SHA-256 with the key, issuer and
 * type that verified it, never by the token itself; kept until the token's own expiry, checked on every use. Access
 * tokens cannot be revoked before they expire; a refresh token's use and revocation are checked in the database after
 * this.
 * Bounded: forgets everything when full.
 */
final class VerifiedTokens {
    private static final int MAX_ENTRIES = 10_000;

    private record Verification(SecretKey key, String issuer, String type, String tokenDigest) {
    }

    private final Map<Verification, Claims> verified = new ConcurrentHashMap<>();

    Claims verify(SecretKey key, String issuer, String token, String type, Supplier<Claims> verification) {
        Verification seen = new Verification(key, issuer, type, digest(token));
        Claims claims = verified.get(seen);
        if (claims != null && claims.getExpiration().after(new Date())) {
            return claims;
        }
        claims = verification.get();   // throws for a token that is not (or no longer) valid
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(seen, claims);
        return claims;
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
