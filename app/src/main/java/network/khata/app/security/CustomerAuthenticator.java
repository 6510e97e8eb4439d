package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.api.identity.Actor;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.UUID;

/**
 * Portal endpoints under {@code /api/customer-portal/} need {@code Authorization: Bearer <customer token>}, except
 * the public ones that hand tokens out. The customer is left on the request as an {@link Actor}, and every read of
 * the request is limited to their rows ({@link RowScope#customer}). A token of a sign-in that was closed is refused.
 */
@Component
public class CustomerAuthenticator implements CallerAuthenticator {

    private final CustomerTokens tokens;
    private final CustomerSessions sessions;
    private final ObjectMapper json;

    public CustomerAuthenticator(CustomerTokens tokens, CustomerSessions sessions, ObjectMapper json) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    public Callers.Caller caller() {
        return Callers.Caller.CUSTOMER;
    }

    @Override
    public Verdict authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionTokens.AccessClaims claims;
        try {
            claims = tokens.verifyAccess(BearerTokens.from(request, "customer"));
        } catch (OwnerTokens.InvalidTokenException e) {
            BearerTokens.unauthorized(response, json, e.getMessage());
            return Verdict.refusedAndWritten();
        }
        if (sessions.closed(claims.familyId())) {
            BearerTokens.unauthorized(response, json, "this session was closed; sign in again");
            return Verdict.refusedAndWritten();
        }
        UUID customerId = claims.holderId();
        Actor actor = Actor.customer(customerId);
        request.setAttribute(Actor.REQUEST_ATTRIBUTE, actor);
        RowScope.enter(RowScope.customer(customerId));
        return Verdict.of(new CallerAuthentication(caller(), actor));
    }
}
