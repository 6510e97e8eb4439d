package network.khata.query.customers;

import network.khata.query.paging.Cursor;

import java.util.UUID;

/**
 * Query: a page of a business's customers with what each owes; answers {@link CustomerPage}. {@code sort}:
 * {@code outstanding} (owes most first) or {@code last_activity} (most recent first); {@code overdue} true keeps those
 * with an overdue invoice, {@code verified} true or false those whose phone is (not) verified; null: any.
 */
public record ListCustomers(UUID businessId, String sort, Boolean overdue, Boolean verified, Cursor after, int limit) {
}
