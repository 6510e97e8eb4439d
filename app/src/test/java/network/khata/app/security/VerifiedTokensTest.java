package network.khata.app.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {
    private final VerifiedTokens tokens = new VerifiedTokens();
    private final SecretKey key = Keys.hmacShaKeyFor("a-key-of-thirty-two-bytes-or-more-0123".getBytes(StandardCharsets.UTF_8));
    private final SecretKey otherKey = Keys.hmacShaKeyFor("another-key-of-thirty-two-bytes-0123456".getBytes(StandardCharsets.UTF_8));
    private final AtomicInteger verifications = new AtomicInteger();

    private Supplier<Claims> verification(long expiresInMillis) {
        return () -> {
            verifications.incrementAndGet();
            return Jwts.claims().expiration(new Date(System.currentTimeMillis() + expiresInMillis)).build();
        };
    }

    @Test
    void aTokenVerifiedOnceIsNotParsedAgainWhileItIsValid() {
        tokens.verify(key, "smartkhata", "token", "owner", verification(60_000));
        tokens.verify(key, "smartkhata", "token", "owner", verification(60_000));
        assertThat(verifications).hasValue(1);
    }

    @Test
    void anotherKeyIssuerOrTypeVerifiesTheTokenItself() {
        tokens.verify(key, "smartkhata", "token", "owner", verification(60_000));
        assertThatThrownBy(() -> tokens.verify(otherKey, "smartkhata", "token", "owner", () -> {
            throw new OwnerTokens.InvalidTokenException("the token is not one this service accepts");
        })).isInstanceOf(OwnerTokens.InvalidTokenException.class);
        tokens.verify(key, "someone-else", "token", "owner", verification(60_000));
        tokens.verify(key, "smartkhata", "token", "customer", verification(60_000));
        assertThat(verifications).hasValue(3);
    }

    @Test
    void aTokenThatHasExpiredSinceIsVerifiedAgainAndRefused() throws InterruptedException {
        tokens.verify(key, "smartkhata", "token", "owner", verification(5));
        Thread.sleep(20);
        assertThatThrownBy(() -> tokens.verify(key, "smartkhata", "token", "owner", () -> {
            throw new OwnerTokens.InvalidTokenException("the token has expired");
        })).hasMessage("the token has expired");
    }
}
