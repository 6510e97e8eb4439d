package network.khata.app.security;

import java.util.List;

/**
 * Who may call what: the one table of the service's paths and the credential each takes, read in order, first match
 * wins. Spring Security enforces it ({@link SecurityConfiguration}: {@link CallerFilter} proves the caller a path
 * names, the authorization admits each path by that caller's role) and the API document states it (every operation's
 * security requirement, refusals and tag, {@code ApiCallers}). Provider webhooks check their own signatures; what is
 * public needs nothing; every other path under {@code /api/} is an owner's or staff member's, so an unknown one
 * answers 401 before 404. Paths outside {@code /api/}, {@code /admin/} and {@code /actuator} are pages.
 */
public final class Callers {
    /** What a caller presents. */
    public enum Caller {
        PUBLIC, CUSTOMER, OWNER, SERVICE, OPERATOR, PROVIDER
    }

    /** A path (exactly, or everything it begins), who calls it, and the tag the API document lists it under. */
    public record Rule(String path, boolean exact, Caller caller, String tag) {
        boolean matches(String requested) {
            return exact ? requested.equals(path) : requested.startsWith(path);
        }
    }

    private static final List<Rule> RULES = List.of(
            exactly("/api/customer-portal/otp", Caller.PUBLIC, "Customer portal"),
            exactly("/api/customer-portal/register", Caller.PUBLIC, "Customer portal"),
            exactly("/api/customer-portal/token/refresh", Caller.PUBLIC, "Customer portal"),
            under("/api/customer-portal/", Caller.CUSTOMER, "Customer portal"),
            under("/api/internal/", Caller.SERVICE, "Core ledger (service)"),
            under("/api/webhooks/", Caller.PROVIDER, "Provider webhooks"),
            under("/api/dev/", Caller.PUBLIC, "Local development"),
            under("/admin/", Caller.OPERATOR, "Operations"),
            exactly("/actuator", Caller.OPERATOR, null),
            under("/actuator/", Caller.OPERATOR, null),
            under("/api/team/otp", Caller.PUBLIC, "Team sign-in"),
            under("/api/team/sign-in", Caller.PUBLIC, "Team sign-in"),
            under("/api/team/token/refresh", Caller.PUBLIC, "Team sign-in"),
            under("/api/team/members", Caller.OWNER, "Team"),
            under("/api/customers/imports", Caller.OWNER, "Bulk work"),
            under("/api/jobs/", Caller.OWNER, "Bulk work"),
            under("/api/customers", Caller.OWNER, "Customers"),
            under("/api/reminders/", Caller.OWNER, "Reminders"),
            under("/api/business/reminder-policy", Caller.OWNER, "Reminders"),
            under("/api/business/", Caller.OWNER, "Business settings"),
            under("/api/notifications/", Caller.OWNER, "Messages"),
            under("/api/money/", Caller.OWNER, "Money"),
            under("/api/analytics/", Caller.OWNER, "Network analytics"),
            under("/api/audit/", Caller.OWNER, "Audit trail"),
            under("/api/feed", Caller.OWNER, "Feed"),
            under("/api/invoices", Caller.OWNER, "Invoices"),
            under("/api/", Caller.OWNER, null));

    private static final Rule PAGE = new Rule("/", false, Caller.PUBLIC, null);

    private Callers() {
    }

    private static Rule exactly(String path, Caller caller, String tag) {
        return new Rule(path, true, caller, tag);
    }

    private static Rule under(String path, Caller caller, String tag) {
        return new Rule(path, false, caller, tag);
    }

    /** The rule a path falls under; a page's when none names it. */
    public static Rule of(String path) {
        return RULES.stream().filter(rule -> rule.matches(path)).findFirst().orElse(PAGE);
    }

    /** The rules in the order they are read. */
    static List<Rule> rules() {
        return RULES;
    }
}
