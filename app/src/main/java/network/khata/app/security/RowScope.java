package network.khata.app.security;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Whose rows the current thread may read, as PostgreSQL's row-level security policies see it (settings
 * {@code khata.scope} and {@code khata.subject}, given to each connection as it leaves the pool by
 * {@link RowScopedDataSource}). Threads of event processors, sagas and schedulers work as {@link #SYSTEM}; an HTTP
 * request starts with {@link #NONE} and is given an owner's or a customer's scope once its token is verified.
 */
public record RowScope(String kind, UUID subject) {
    public static final RowScope SYSTEM = new RowScope("system", null);
    public static final RowScope NONE = new RowScope("", null);

    private static final ThreadLocal<RowScope> CURRENT = ThreadLocal.withInitial(() -> SYSTEM);

    public static RowScope owner(UUID businessId) {
        return new RowScope("owner", businessId);
    }

    public static RowScope customer(UUID customerId) {
        return new RowScope("customer", customerId);
    }

    /** An owner or staff member who signed in with a code, before they act for a business: their own team rows. */
    public static RowScope member(UUID memberId) {
        return new RowScope("member", memberId);
    }

    /** A verified pay link for one invoice: that invoice's row and nothing else of its customer. */
    public static RowScope payInvoice(UUID invoiceId) {
        return new RowScope("pay-invoice", invoiceId);
    }

    /** A verified pay link for what one customer owes one business: that party's invoices. */
    public static RowScope payBalance(UUID partyId) {
        return new RowScope("pay-balance", partyId);
    }

    public static RowScope current() {
        return CURRENT.get();
    }

    static void enter(RowScope scope) {
        CURRENT.set(scope);
    }

    static void leave() {
        CURRENT.remove();
    }

    /** Runs {@code work} in {@code scope}, then returns to the scope the thread had. */
    public static <T> T callAs(RowScope scope, Supplier<T> work) {
        RowScope before = CURRENT.get();
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            CURRENT.set(before);
        }
    }

    public String subjectText() {
        return subject == null ? "" : subject.toString();
    }
}
