package network.khata.app.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The core ledger app's own credential for the service endpoints ({@code /api/internal/**}): HS256 with a key of its
 * own ({@code khata.security.service-jwt.secret}, never the owners' key), {@code typ} {@code service}, and a
 * {@code scope} that names what it may do ({@value #BUSINESSES}). Without a configured key the endpoints are closed.
 */
@Component
public class ServiceTokens {
    public static final String BUSINESSES = "businesses";
    static final String SERVICE_TYPE = "service";
    static final String SCOPE_CLAIM = "scope";

    private final SecretKey key;
    private final String issuer;
    private final Duration maxLifetime;

    public ServiceTokens(TokenSettings.Service service, TokenSettings.Jwt jwt) {
        this.key = service.secret().isBlank() ? null : BearerTokens.key(service.secret(), "khata.security.service-jwt.secret");
        this.issuer = jwt.issuer();
        this.maxLifetime = service.maxLifetime();
    }

    public String mint(String scope, Instant now, Duration validFor) {
        return Jwts.builder().issuer(issuer).subject("core-ledger").claim(BearerTokens.TYPE_CLAIM, SERVICE_TYPE)
                .claim(SCOPE_CLAIM, scope).issuedAt(Date.from(now)).expiration(Date.from(now.plus(validFor)))
                .signWith(requireKey(), Jwts.SIG.HS256).compact();
    }

    /** @throws OwnerTokens.InvalidTokenException unless a service token of ours, unexpired, holding {@code scope} */
    public void verify(String token, String scope) {
        Claims claims = BearerTokens.verify(requireKey(), issuer, token, SERVICE_TYPE);
        BearerTokens.requireLifetime(claims, maxLifetime, SERVICE_TYPE);
        String granted = claims.get(SCOPE_CLAIM, String.class);
        if (granted == null || !List.of(granted.split(" ")).contains(scope)) {
            throw new OwnerTokens.InvalidTokenException("the token's scope does not include " + scope);
        }
    }

    private SecretKey requireKey() {
        if (key == null) {
            throw new OwnerTokens.InvalidTokenException("service endpoints are closed: khata.security.service-jwt.secret is not set");
        }
        return key;
    }
}
