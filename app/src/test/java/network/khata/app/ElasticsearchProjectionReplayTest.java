package network.khata.app;

@ElasticsearchEngineApp
class ElasticsearchProjectionReplayTest extends ProjectionReplayContract {
}
