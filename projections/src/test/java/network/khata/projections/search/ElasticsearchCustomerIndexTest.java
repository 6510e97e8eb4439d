package network.khata.projections.search;

class ElasticsearchCustomerIndexTest extends CustomerSearchIndexContract {

    @Override
    protected CustomerSearchIndex index() {
        return ElasticsearchTestIndex.SHARED.index;
    }

    @Override
    protected void afterWrites() {
        ElasticsearchTestIndex.SHARED.refresh();
    }
}
