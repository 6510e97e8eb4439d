package network.khata.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Tokens of owners and staff who signed in with a code (not the core ledger app's owner JWTs, {@link OwnerTokens}):
 * access {@code typ} {@code member}, refresh {@code typ} {@code member-refresh}. The access token names the person,
 * not a business: each request names its business, and the person's role in it is read then, so a removal or a
 * change of role takes effect on the next request.
 */
@Component
public class TeamTokens extends SessionTokens {
    public TeamTokens(@Value("${khata.security.customer-jwt.secret}") String secret,
                      @Value("${khata.security.jwt.issuer:smartkhata}") String issuer,
                      @Value("${khata.security.team.access-lifetime:PT15M}") Duration accessLifetime,
                      @Value("${khata.security.team.refresh-lifetime:P30D}") Duration refreshLifetime) {
        super(secret, issuer, "member", "member-refresh", accessLifetime, refreshLifetime);
    }
}
