package network.khata.query.messaging;

/** Query: our message that a provider knows by its own id on one channel; answers an optional UUID. */
public record FindMessageByProviderId(String channel, String providerMessageId) {
}
