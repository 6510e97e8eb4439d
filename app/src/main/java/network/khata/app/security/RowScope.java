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
