package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.api.team.OwnerOnly;
import network.khata.api.team.TeamRole;
import network.khata.app.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses staff on {@link OwnerOnly} endpoints, with 403 {@code owner-only}, before the body is read. The role is the
 * one {@link OwnerAuthenticator} found for this request ({@link #ROLE_ATTRIBUTE}); the core ledger app's owner
 * tokens act as owners.
 */
@Component
public class TeamRoleCheck implements HandlerInterceptor {
    public static final String ROLE_ATTRIBUTE = "khata.team-role";

    private final ObjectMapper json;

    public TeamRoleCheck(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (request.getAttribute(ROLE_ATTRIBUTE) != TeamRole.STAFF || !(handler instanceof HandlerMethod method)
                || !ownerOnly(method)) {
            return true;
        }
        Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "owner-only", "For the owner only",
                "staff may not " + request.getMethod() + " " + BearerTokens.path(request) + ": ask the business's owner"));
        return false;
    }

    public static boolean ownerOnly(HandlerMethod method) {
        return method.hasMethodAnnotation(OwnerOnly.class) || method.getBeanType().isAnnotationPresent(OwnerOnly.class);
    }
}
