package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.api.identity.Actor;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/**
 * Portal endpoints under {@code /api/customer-portal/} need {@code Authorization: Bearer <customer token>}, except
 * the public ones that hand tokens out. The customer is left on the request as an {@link Actor}, and every read of
 * the request is limited to their rows ({@link RowScope#customer}). A token of a sign-in that was closed is refused.
 */
@Component
public class CustomerAuthenticationFilter extends OncePerRequestFilter {

    private final CustomerTokens tokens;
    private final CustomerSessions sessions;
    private final ObjectMapper json;

    public CustomerAuthenticationFilter(CustomerTokens tokens, CustomerSessions sessions, ObjectMapper json) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Callers.isFor(BearerTokens.path(request), Callers.Caller.CUSTOMER);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SessionTokens.AccessClaims claims;
        try {
            claims = tokens.verifyAccess(BearerTokens.from(request, "customer"));
        } catch (OwnerTokens.InvalidTokenException e) {
            BearerTokens.unauthorized(response, json, e.getMessage());
            return;
        }
        if (sessions.closed(claims.familyId())) {
            BearerTokens.unauthorized(response, json, "this session was closed; sign in again");
            return;
        }
        UUID customerId = claims.holderId();
        request.setAttribute(Actor.REQUEST_ATTRIBUTE, Actor.customer(customerId));
        RowScope.enter(RowScope.customer(customerId));
        chain.doFilter(request, response);
    }
}
