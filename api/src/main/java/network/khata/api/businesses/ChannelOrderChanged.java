package network.khata.api.businesses;

import network.khata.api.messaging.Channel;
import network.khata.api.sequencing.BusinessEvent;

import java.util.List;
import java.util.UUID;

/** The business's channel order from now on, every channel in it. */
public record ChannelOrderChanged(UUID businessId, List<Channel> order) implements BusinessEvent {
}
