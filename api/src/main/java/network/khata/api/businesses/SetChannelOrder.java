package network.khata.api.businesses;

import network.khata.api.messaging.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** The owner orders the channels, e.g. WhatsApp, then SMS, then email; channels not named follow in the default order. */
public record SetChannelOrder(@TargetAggregateIdentifier UUID businessId, List<Channel> order) {
}
