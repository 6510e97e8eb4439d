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

/**
 * The service endpoints under {@code /api/internal/} take only the core ledger app's service token
 * ({@link ServiceTokens}, scope {@value ServiceTokens#BUSINESSES}); an owner's or a customer's token is refused (401).
 * The request acts as the system.
 */
@Component
public class ServiceAuthenticationFilter extends OncePerRequestFilter {

    private final ServiceTokens tokens;
    private final ObjectMapper json;

    public ServiceAuthenticationFilter(ServiceTokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Callers.isFor(BearerTokens.path(request), Callers.Caller.SERVICE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            tokens.verify(BearerTokens.from(request, "service"), ServiceTokens.BUSINESSES);
        } catch (OwnerTokens.InvalidTokenException e) {
            BearerTokens.unauthorized(response, json, e.getMessage());
            return;
        }
        request.setAttribute(Actor.REQUEST_ATTRIBUTE, Actor.coreLedger());
        RowScope.enter(RowScope.SYSTEM);
        chain.doFilter(request, response);
    }
}
