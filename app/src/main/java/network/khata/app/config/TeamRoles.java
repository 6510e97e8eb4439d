package network.khata.app.config;

import io.swagger.v3.oas.models.Operation;
import network.khata.api.team.OwnerOnly;
import network.khata.app.security.TeamRoleCheck;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Who of a business's team may call each owner endpoint, enforced and documented from one fact, {@link OwnerOnly} on
 * the handler: {@link TeamRoleCheck} refuses staff before the request is read, and every owner operation of the API
 * document carries {@code x-team-roles} ({@code [owner]} or {@code [owner, staff]}) and, when staff are refused, its
 * 403 {@code owner-only}.
 */
@Component
public class TeamRoles implements OperationCustomizer, WebMvcConfigurer {
    static final String EXTENSION = "x-team-roles";
    private static final String OWNER_ONLY = "owner-only";

    private final TeamRoleCheck check;

    public TeamRoles(TeamRoleCheck check) {
        this.check = check;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(check);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (TeamRoleCheck.ownerOnly(handler)) {
            operation.addExtension(EXTENSION, List.of("owner"));
        }
        return operation;
    }

    /** On an owner operation, once the document is whole: who of the team may call it, and staff's 403 when they may not. */
    static void describe(Operation operation) {
        boolean ownerOnly = operation.getExtensions() != null && operation.getExtensions().containsKey(EXTENSION);
        if (ownerOnly) {
            ApiAnswers.refuse(operation, 403, OWNER_ONLY, "the caller is staff: only an owner may do this");
        } else {
            operation.addExtension(EXTENSION, List.of("owner", "staff"));
        }
    }
}
