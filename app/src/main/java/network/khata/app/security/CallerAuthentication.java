package network.khata.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * A proven caller in Spring Security's terms: the role is the caller's kind ({@code ROLE_OWNER}, {@code ROLE_CUSTOMER},
 * {@code ROLE_SERVICE}, {@code ROLE_OPERATOR}), the principal who it is (an {@link network.khata.api.identity.Actor},
 * or the operator's name). The token that proved it is not kept.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {
    private final Object principal;

    CallerAuthentication(Callers.Caller caller, Object principal) {
        super(List.of(new SimpleGrantedAuthority(role(caller))));
        this.principal = principal;
        setAuthenticated(true);
    }

    /** The authority a caller's rule requires. */
    static String role(Callers.Caller caller) {
        return "ROLE_" + caller.name();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
