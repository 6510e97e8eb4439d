package network.khata.query.invoices;

import network.khata.query.paging.Cursor;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Query: a page of a business's invoices, filtered and sorted; answers {@link InvoicePage}. Every filter may be null.
 * {@code sort}: {@code newest} (issue date, newest first), {@code oldest}, {@code due} (due date, soonest first,
 * none last) or {@code largest} (outstanding, largest first).
 */
public record FindInvoices(UUID businessId, Filter filter, String sort, Cursor after, int limit) {
    /** {@code overdue}: unpaid or part paid, due before today in the business's zone. */
    public record Filter(String status, UUID customerId, Boolean overdue, LocalDate issuedFrom, LocalDate issuedTo,
                         LocalDate dueFrom, LocalDate dueTo, String number, Boolean disputed) {
    }
}
