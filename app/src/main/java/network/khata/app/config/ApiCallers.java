package network.khata.app.config;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Who may call each path, and the feature it belongs to, as the API document tells app developers: the security
 * requirement of every operation (so Swagger UI's Authorize attaches the right credential) and a tag per feature
 * instead of Java class names. One table, read in order, first match wins; it states what the authentication filters
 * enforce (OpenApiHttpTest calls every operation that asks for a credential without one, and expects 401).
 */
@Component
public class ApiCallers implements OpenApiCustomizer {
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
            new Rule("/api/customers/", Caller.OWNER, "Customers"),
            new Rule("/api/reminders/", Caller.OWNER, "Reminders"),
            new Rule("/api/business/reminder-policy", Caller.OWNER, "Reminders"),
            new Rule("/api/business/", Caller.OWNER, "Business settings"),
            new Rule("/api/notifications/", Caller.OWNER, "Messages"),
            new Rule("/api/analytics/", Caller.OWNER, "Network analytics"),
            new Rule("/api/audit/", Caller.OWNER, "Audit trail"),
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

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> describe(path, operation)));
    }

    private static void describe(String path, Operation operation) {
        operation.setTags(List.of(feature(path)));
        operation.setSecurity(SECURITY.get(rule(path).caller()));
    }
}
