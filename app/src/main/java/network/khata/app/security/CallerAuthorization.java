package network.khata.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;

import java.util.EnumMap;
import java.util.Map;

/**
 * The table of {@link Callers} as Spring Security's authorization: a path needs the role of the caller its rule names
 * ({@link CallerAuthentication#role}), read by the same {@link Callers#of} that {@link CallerFilter} reads; public
 * paths, provider webhooks (which check their own signatures), the health probes and pages need none.
 */
final class CallerAuthorization {
    private CallerAuthorization() {
    }

    static AuthorizationManager<HttpServletRequest> fromTable() {
        Map<Callers.Caller, AuthorizationManager<HttpServletRequest>> byCaller = new EnumMap<>(Callers.Caller.class);
        for (Callers.Caller caller : Callers.Caller.values()) {
            byCaller.put(caller, switch (caller) {
                case PUBLIC, PROVIDER -> (authentication, request) -> new AuthorizationDecision(true);
                default -> AuthorityAuthorizationManager.hasAuthority(CallerAuthentication.role(caller));
            });
        }
        return (authentication, request) -> {
            String path = BearerTokens.path(request);
            return OperatorAuthenticator.isHealthProbe(path) ? new AuthorizationDecision(true)
                    : byCaller.get(Callers.of(path).caller()).check(authentication, request);
        };
    }
}
