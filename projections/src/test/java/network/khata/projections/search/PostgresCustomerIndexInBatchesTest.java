package network.khata.projections.search;

import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL engine as a processor uses it: the writes between two searches are one transaction, so they reach the
 * tables together as the transaction commits (a statement per table), and {@code find} reads them before that.
 */
class PostgresCustomerIndexInBatchesTest extends CustomerSearchIndexContract {
    private static final DataSourceTransactionManager TRANSACTIONS =
            new DataSourceTransactionManager(PostgresCustomerIndexTest.DATA_SOURCE);
    private TransactionStatus batch;

    private final CustomerSearchIndex inBatches = new CustomerSearchIndex() {
        @Override
        public void upsert(CustomerSearchDocument document) {
            if (batch == null) {
                batch = TRANSACTIONS.getTransaction(new DefaultTransactionDefinition());
            }
            PostgresCustomerIndexTest.INDEX.upsert(document);
        }

        @Override
        public Optional<CustomerSearchDocument> find(UUID partyId) {
            return PostgresCustomerIndexTest.INDEX.find(partyId);
        }

        @Override
        public List<CustomerSearchDocument> candidates(UUID businessId, SearchTerms terms, int max) {
            return PostgresCustomerIndexTest.INDEX.candidates(businessId, terms, max);
        }

        @Override
        public List<CustomerSearchDocument> documents(UUID businessId) {
            return PostgresCustomerIndexTest.INDEX.documents(businessId);
        }

        @Override
        public void clear() {
            PostgresCustomerIndexTest.INDEX.clear();
        }
    };

    @Override
    protected CustomerSearchIndex index() {
        return inBatches;
    }

    @Override
    @AfterEach
    protected void afterWrites() {
        if (batch != null) {
            TRANSACTIONS.commit(batch);
            batch = null;
        }
    }
}
