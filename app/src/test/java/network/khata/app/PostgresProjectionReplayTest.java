package network.khata.app;

@PostgresEngineApp
class PostgresProjectionReplayTest extends ProjectionReplayContract {
}
