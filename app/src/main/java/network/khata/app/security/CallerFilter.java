package network.khata.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one authentication step of the security chain: the path's rule in {@link Callers} names the caller, that
 * caller's {@link CallerAuthenticator} proves it, and the proof becomes the request's Spring Security context for the
 * authorization that follows. A path whose caller needs no proof (public, provider webhooks, pages) goes on as it is.
 */
final class CallerFilter extends OncePerRequestFilter {
    private final Map<Callers.Caller, CallerAuthenticator> authenticators = new EnumMap<>(Callers.Caller.class);

    CallerFilter(List<CallerAuthenticator> authenticators) {
        authenticators.forEach(authenticator -> this.authenticators.put(authenticator.caller(), authenticator));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CallerAuthenticator authenticator = authenticators.get(Callers.of(BearerTokens.path(request)).caller());
        if (authenticator != null) {
            CallerAuthenticator.Verdict verdict = authenticator.authenticate(request, response);
            if (verdict.refused()) {
                return;
            }
            if (verdict.caller() != null) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(verdict.caller());
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
