package network.khata.query.invoices;

import network.khata.query.businesses.BusinessCalendar;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Answers {@link FindOverdueInvoices} from the invoices read model: "overdue" as the owner's invoice list counts it,
 * less the disputed invoices (their reminders wait for the owner's answer, as the automatic ones do).
 */
@Component
public class OverdueInvoiceQueries {
    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    public OverdueInvoiceQueries(JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @QueryHandler
    public OverdueInvoices handle(FindOverdueInvoices query) {
        List<Object> args = new ArrayList<>(List.of(query.businessId(), calendar.today(query.businessId())));
        String chosen = "";
        if (query.customerIds() != null) {
            chosen = " AND i.customer_id = ANY(?)";
            args.add(query.customerIds().toArray(UUID[]::new));
        }
        return new OverdueInvoices(jdbc.query("""
                        SELECT DISTINCT ON (i.customer_id) i.id, i.customer_id FROM invoices i
                        WHERE i.business_id = ? AND\s""" + OwnerInvoiceQueries.OVERDUE
                        + " AND i.customer_say IS DISTINCT FROM 'disputed'" + chosen
                        + " ORDER BY i.customer_id, i.due_date, i.issue_date, i.id",
                (rs, row) -> new OverdueInvoices.Overdue(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), args.toArray()));
    }
}
