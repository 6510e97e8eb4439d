package network.khata.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;


/**
 * Tokens of owners and staff who signed in with a code (not the core ledger app's owner JWTs, {@link OwnerTokens}):
 * access {@code typ} {@code member}, refresh {@code typ} {@code member-refresh}. The access token names the person,
 * not a business: each request names its business, and the person's role in it is read then, so a removal or a
 * change of role takes effect on the next request.
 */
@Component
public class TeamTokens extends SessionTokens {
    public TeamTokens(@Value("${khata.security.customer-jwt.secret}") String secret, TokenSettings.Jwt jwt,
                      TokenSettings.Team lives) {
        super(secret, jwt.issuer(), "member", "member-refresh", lives.accessLifetime(), lives.refreshLifetime());
    }
}
