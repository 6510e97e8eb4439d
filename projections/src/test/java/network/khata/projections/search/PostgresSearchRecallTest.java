package network.khata.projections.search;

class PostgresSearchRecallTest extends SearchRecallContract {

    @Override
    protected CustomerSearchIndex index() {
        return PostgresCustomerIndexTest.INDEX;
    }

    @Override
    protected void afterWrites() {
    }
}
