package network.khata.app.config;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import network.khata.app.security.Callers;
import network.khata.app.security.Callers.Caller;

import java.util.List;
import java.util.Map;

/**
 * What the API document tells app developers about who may call each operation, from the one table the
 * authentication filters enforce ({@link Callers}): its security requirement (so Swagger UI's Authorize attaches the
 * right credential), the refusals that come with that credential, and its tag (a feature, not a Java class name).
 * OpenApiHttpTest calls every operation that asks for a credential without one, and expects 401. Applied by
 * {@link ApiAnswers}.
 */
final class ApiCallers {

    /** The feature a path belongs to; {@code /api/invoices/{id}/reminders} belongs to reminders. */
    private static String feature(String path) {
        return path.startsWith("/api/invoices/") && path.endsWith("/reminders") ? "Reminders" : rule(path).tag();
    }

    private static Callers.Rule rule(String path) {
        Callers.Rule rule = Callers.of(path);
        if (rule.tag() == null) {
            throw new IllegalStateException("no caller and tag are named for " + path + " in Callers");
        }
        return rule;
    }

    private static final Map<Caller, List<SecurityRequirement>> SECURITY = Map.of(
            Caller.PUBLIC, List.of(),
            Caller.PROVIDER, List.of(),
            Caller.CUSTOMER, List.of(new SecurityRequirement().addList("customer")),
            Caller.OWNER, List.of(new SecurityRequirement().addList("owner").addList("businessHeader")),
            Caller.SERVICE, List.of(new SecurityRequirement().addList("service")),
            Caller.OPERATOR, List.of(new SecurityRequirement().addList("operator")));

    private ApiCallers() {
    }

    static void describe(String path, Operation operation) {
        operation.setTags(List.of(feature(path)));
        Caller caller = rule(path).caller();
        operation.setSecurity(SECURITY.get(caller));
        refusals(caller, operation);
    }

    private static void refusals(Caller caller, Operation operation) {
        switch (caller) {
            case OWNER -> {
                ApiAnswers.refuse(operation, 401, "unauthorized", "no owner token, or one that is expired, revoked or not signed by the ledger app");
                ApiAnswers.refuse(operation, 400, "missing-business", "X-Business-ID is missing or not a UUID");
                ApiAnswers.refuse(operation, 403, "wrong-business", "the token does not act for the business in X-Business-ID");
                TeamRoles.describe(operation);
                ApiAnswers.refuse(operation, 404, "unknown-business", "the business is not registered with the network");
            }
            case CUSTOMER -> ApiAnswers.refuse(operation, 401, "unauthorized", "no customer token, or one that is expired or signed out");
            case SERVICE -> ApiAnswers.refuse(operation, 401, "unauthorized", "no service token, or one without the scope this operation needs");
            case OPERATOR -> {
                ApiAnswers.refuse(operation, 401, "admin-unauthorized", "no operator credentials, or wrong ones");
                ApiAnswers.refuse(operation, 429, "admin-throttled", "too many wrong credentials from this address; wait Retry-After seconds");
            }
            case PUBLIC, PROVIDER -> {
                // what they refuse is on the operation itself
            }
        }
    }
}
