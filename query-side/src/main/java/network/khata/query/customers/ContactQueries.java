package network.khata.query.customers;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers {@link FindContact} from the business's directory of parties, for that business only. */
@Component
public class ContactQueries {
    private final JdbcTemplate jdbc;

    public ContactQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Contact handle(FindContact query) {
        return jdbc.query("SELECT phone, email FROM parties WHERE business_id = ? AND customer_id = ?",
                        (rs, row) -> new Contact(rs.getString(1), rs.getString(2)), query.businessId(), query.customerId())
                .stream().findFirst().orElse(Contact.UNKNOWN);
    }
}
