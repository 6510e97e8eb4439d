package network.khata.app.config;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import java.util.List;
import java.util.Map;

/**
 * Who may call each path, and the feature it belongs to, as the API document tells app developers: the security
 * requirement of every operation (so Swagger UI's Authorize attaches the right credential) and a tag per feature
 * instead of Java class names. One table, read in order, first match wins; it states what the authentication filters
 * enforce (OpenApiHttpTest calls every operation that asks for a credential without one, and expects 401), and the
 * refusals that come with each kind of credential. Applied by {@link ApiAnswers}.
 */
final class ApiCallers {
    /** What a caller presents. */
    private enum Caller {
        PUBLIC, CUSTOMER, OWNER, SERVICE, OPERATOR, PROVIDER
    }

    private record Rule(String prefix, Caller caller, String feature) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("/api/customer-portal/otp", Caller.PUBLIC, "Customer portal"),
            new Rule("/api/customer-portal/register", Caller.PUBLIC, "Customer portal"),
            new Rule("/api/customer-portal/token/refresh", Caller.PUBLIC, "Customer portal"),
            new Rule("/api/customer-portal/", Caller.CUSTOMER, "Customer portal"),
            new Rule("/api/internal/", Caller.SERVICE, "Core ledger (service)"),
            new Rule("/api/webhooks/", Caller.PROVIDER, "Provider webhooks"),
            new Rule("/api/dev/", Caller.PUBLIC, "Local development"),
            new Rule("/admin/", Caller.OPERATOR, "Operations"),
            new Rule("/api/team/otp", Caller.PUBLIC, "Team sign-in"),
            new Rule("/api/team/sign-in", Caller.PUBLIC, "Team sign-in"),
            new Rule("/api/team/token/refresh", Caller.PUBLIC, "Team sign-in"),
            new Rule("/api/team/members", Caller.OWNER, "Team"),
            new Rule("/api/customers/imports", Caller.OWNER, "Bulk work"),
            new Rule("/api/jobs/", Caller.OWNER, "Bulk work"),
            new Rule("/api/customers", Caller.OWNER, "Customers"),
            new Rule("/api/reminders/", Caller.OWNER, "Reminders"),
            new Rule("/api/business/reminder-policy", Caller.OWNER, "Reminders"),
            new Rule("/api/business/", Caller.OWNER, "Business settings"),
            new Rule("/api/notifications/", Caller.OWNER, "Messages"),
            new Rule("/api/money/", Caller.OWNER, "Money"),
            new Rule("/api/analytics/", Caller.OWNER, "Network analytics"),
            new Rule("/api/audit/", Caller.OWNER, "Audit trail"),
            new Rule("/api/feed", Caller.OWNER, "Feed"),
            new Rule("/api/invoices", Caller.OWNER, "Invoices"));

    /** The feature a path belongs to; {@code /api/invoices/{id}/reminders} belongs to reminders. */
    private static String feature(String path) {
        return path.startsWith("/api/invoices/") && path.endsWith("/reminders") ? "Reminders" : rule(path).feature();
    }

    private static Rule rule(String path) {
        return RULES.stream().filter(rule -> path.startsWith(rule.prefix())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no caller is named for " + path + " in ApiCallers"));
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
