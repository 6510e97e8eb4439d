package network.khata.api.businesses;

import network.khata.api.messaging.Channel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The order in which a business reaches its customers: the first phone channel (SMS or WhatsApp) that can reach them
 * goes first, the others are fallbacks. SMS first until the owner says otherwise.
 */
public final class ChannelOrder {
    public static final List<Channel> DEFAULT = List.of(Channel.SMS, Channel.WHATSAPP, Channel.EMAIL);

    private ChannelOrder() {
    }

    /** The channels named, in their order, then the others in the default order. */
    public static List<Channel> complete(List<Channel> named) {
        LinkedHashSet<Channel> order = new LinkedHashSet<>(named);
        order.addAll(DEFAULT);
        return List.copyOf(new ArrayList<>(order));
    }
}
