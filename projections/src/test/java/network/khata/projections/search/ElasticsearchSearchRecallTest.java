package network.khata.projections.search;

import org.junit.jupiter.api.AfterAll;

import java.io.IOException;

class ElasticsearchSearchRecallTest extends SearchRecallContract {
    private static final ElasticsearchTestIndex ENGINE = new ElasticsearchTestIndex();

    @AfterAll
    static void dropIndex() throws IOException {
        ENGINE.drop();
    }

    @Override
    protected CustomerSearchIndex index() {
        return ENGINE.index;
    }

    @Override
    protected void afterWrites() {
        ENGINE.refresh();
    }
}
