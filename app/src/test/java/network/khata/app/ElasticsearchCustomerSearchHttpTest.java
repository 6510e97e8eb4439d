package network.khata.app;

@ElasticsearchEngineApp
class ElasticsearchCustomerSearchHttpTest extends CustomerSearchHttpContract {
}
