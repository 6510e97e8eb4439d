package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.api.identity.Actor;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The service endpoints under {@code /api/internal/} take only the core ledger app's service token
 * ({@link ServiceTokens}, scope {@value ServiceTokens#BUSINESSES}); an owner's or a customer's token is refused (401).
 * The request acts as the system.
 */
@Component
public class ServiceAuthenticator implements CallerAuthenticator {

    private final ServiceTokens tokens;
    private final ObjectMapper json;

    public ServiceAuthenticator(ServiceTokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public Callers.Caller caller() {
        return Callers.Caller.SERVICE;
    }

    @Override
    public Verdict authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            tokens.verify(BearerTokens.from(request, "service"), ServiceTokens.BUSINESSES);
        } catch (OwnerTokens.InvalidTokenException e) {
            BearerTokens.unauthorized(response, json, e.getMessage());
            return Verdict.refusedAndWritten();
        }
        Actor actor = Actor.coreLedger();
        request.setAttribute(Actor.REQUEST_ATTRIBUTE, actor);
        RowScope.enter(RowScope.SYSTEM);
        return Verdict.of(new CallerAuthentication(caller(), actor));
    }
}
