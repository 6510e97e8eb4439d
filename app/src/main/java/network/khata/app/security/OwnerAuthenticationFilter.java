package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.api.identity.Actor;
import network.khata.app.problems.Problems;
import network.khata.command.Registry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * Every owner endpoint under {@code /api} needs {@code Authorization: Bearer <owner JWT>} and {@code X-Business-ID}
 * equal to the token's business, of a business registered with the network. The verified owner is left on the
 * request as an {@link Actor} under {@link Actor#REQUEST_ATTRIBUTE}.
 */
@Component
public class OwnerAuthenticationFilter extends OncePerRequestFilter {
    public static final String BUSINESS_HEADER = "X-Business-ID";
    /** Paths under /api that owners do not call: public, customer-token, provider and service endpoints, local tools. */
    private static final List<String> NOT_FOR_OWNERS = List.of("/api/customer-portal/", "/api/webhooks/", "/api/dev/",
            ServiceAuthenticationFilter.PREFIX);

    private final OwnerTokens tokens;
    private final Registry businesses;
    private final ObjectMapper json;

    public OwnerAuthenticationFilter(OwnerTokens tokens, Registry businesses, ObjectMapper json) {
        this.tokens = tokens;
        this.businesses = businesses;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = BearerTokens.path(request);
        return !path.startsWith("/api/") || NOT_FOR_OWNERS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OwnerTokens.OwnerClaims claims;
        try {
            claims = tokens.verify(BearerTokens.from(request, "owner"));
        } catch (OwnerTokens.InvalidTokenException e) {
            BearerTokens.unauthorized(response, json, e.getMessage());
            return;
        }
        UUID businessId;
        try {
            businessId = UUID.fromString(String.valueOf(request.getHeader(BUSINESS_HEADER)).trim());
        } catch (IllegalArgumentException e) {
            Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST, "missing-business",
                    "Business header missing", BUSINESS_HEADER + " must name the business (a UUID)"));
            return;
        }
        if (!businessId.equals(claims.businessId())) {
            Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "wrong-business",
                    "Not your business", "the token does not act for business " + businessId));
            return;
        }
        if (!businesses.exists(businessId)) {
            Problems.write(response, json, Problems.of(HttpStatus.NOT_FOUND, "unknown-business",
                    "Unknown business", "business " + businessId + " is not registered with the network"));
            return;
        }
        request.setAttribute(Actor.REQUEST_ATTRIBUTE, Actor.owner(claims.ownerId(), businessId));
        RowScope.enter(RowScope.owner(businessId));
        chain.doFilter(request, response);
    }
}
