package network.khata.projections.search;

class ElasticsearchSearchRecallTest extends SearchRecallContract {

    @Override
    protected CustomerSearchIndex index() {
        return ElasticsearchTestIndex.SHARED.index;
    }

    @Override
    protected void afterWrites() {
        ElasticsearchTestIndex.SHARED.refresh();
    }
}
