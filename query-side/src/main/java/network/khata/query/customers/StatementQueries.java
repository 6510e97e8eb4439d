package network.khata.query.customers;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/** Answers {@link FindCustomerStatement}: one ledger per business that bills the customer, by the business's name. */
@Component
public class StatementQueries {
    private final JdbcTemplate jdbc;
    private final LedgerQueries ledgers;

    public StatementQueries(JdbcTemplate jdbc, LedgerQueries ledgers) {
        this.jdbc = jdbc;
        this.ledgers = ledgers;
    }

    @QueryHandler
    public Statement handle(FindCustomerStatement query) {
        List<UUID> businesses = jdbc.queryForList("""
                SELECT p.business_id FROM parties p JOIN businesses b ON b.id = p.business_id
                WHERE p.customer_id = ? AND p.disowned_at IS NULL AND (CAST(? AS uuid) IS NULL OR p.business_id = ?)
                ORDER BY b.name, p.business_id""",
                UUID.class, query.customerId(), query.businessId(), query.businessId());
        if (businesses.isEmpty() && query.businessId() != null) {
            throw new NoSuchElementException("no business " + query.businessId() + " bills this customer");
        }
        List<Ledger> accounts = businesses.stream()
                .map(business -> ledgers.handle(new FindCustomerLedger(business, query.customerId(), query.from(), query.to()))).toList();
        return new Statement(query.customerId(), query.from(), query.to(), accounts,
                accounts.stream().map(Ledger::openingBalance).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                accounts.stream().map(Ledger::closingBalance).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }
}
