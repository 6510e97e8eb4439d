package network.khata.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;

/**
 * The table of {@link Callers} as Spring Security's authorization: each rule's paths need its caller's role
 * ({@link CallerAuthentication#role}), in the table's order, first match wins; public paths, provider webhooks (which
 * check their own signatures), the health probes and pages need none.
 */
final class CallerAuthorization {
    private CallerAuthorization() {
    }

    static AuthorizationManager<HttpServletRequest> fromTable() {
        RequestMatcherDelegatingAuthorizationManager.Builder rules = RequestMatcherDelegatingAuthorizationManager.builder()
                .add(request -> OperatorAuthenticator.isHealthProbe(BearerTokens.path(request)), everyone());
        for (Callers.Rule rule : Callers.rules()) {
            rules.add(request -> rule.matches(BearerTokens.path(request)), switch (rule.caller()) {
                case PUBLIC, PROVIDER -> everyone();
                default -> AuthorityAuthorizationManager.hasAuthority(CallerAuthentication.role(rule.caller()));
            });
        }
        return rules.add(request -> true, everyone()).build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> everyone() {
        return (authentication, request) -> new AuthorizationDecision(true);
    }
}
