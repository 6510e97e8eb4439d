package network.khata.query.messaging;

import network.khata.projections.messaging.NotificationMessages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Answers {@link FindMessageByProviderId} from the customer notifications read model. */
@Component
public class MessageQueries {
    private final NotificationMessages messages;

    public MessageQueries(NotificationMessages messages) {
        this.messages = messages;
    }

    @QueryHandler
    public Optional<UUID> handle(FindMessageByProviderId query) {
        return messages.byProviderMessageId(query.channel(), query.providerMessageId());
    }
}
