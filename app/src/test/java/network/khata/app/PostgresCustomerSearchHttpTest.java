package network.khata.app;

@PostgresEngineApp
class PostgresCustomerSearchHttpTest extends CustomerSearchHttpContract {
}
