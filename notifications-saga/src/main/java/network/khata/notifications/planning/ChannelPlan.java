package network.khata.notifications.planning;

import network.khata.api.messaging.Channel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which channels a send goes out on now and which wait as fallbacks, by the business's channel order. SMS and WhatsApp
 * both reach the phone: of those asked for, the first in the order that can reach the customer is sent, and the other
 * waits behind it; email, when asked for, is sent as well; when it was not asked for, it is the phone message's last
 * fallback (as SMS fell back to email before WhatsApp). A channel asked for that is neither sent nor a fallback cannot
 * reach the customer: it is {@linkplain #passedOver passed over}, and the planner records it as suppressed.
 */
final class ChannelPlan {
    /** One message to send now, with the channels to try in turn if it finally fails. */
    record Step(Channel channel, List<Channel> fallbacks) {
    }

    private ChannelPlan() {
    }

    /** @param reachable whether a channel can reach this customer (an address, allowed by the preferences) */
    static List<Step> of(Set<Channel> requested, List<Channel> order, Predicate<Channel> reachable) {
        List<Channel> phones = order.stream().filter(Channel::reachesPhone).filter(requested::contains).toList();
        List<Step> steps = new ArrayList<>();
        if (!phones.isEmpty()) {
            Channel phone = phones.stream().filter(reachable).findFirst().orElse(phones.get(0));
            List<Channel> fallbacks = order.subList(order.indexOf(phone) + 1, order.size()).stream()
                    .filter(channel -> channel.reachesPhone() ? requested.contains(channel) : !requested.contains(channel))
                    .filter(reachable)
                    .toList();
            steps.add(new Step(phone, fallbacks));
        }
        if (requested.contains(Channel.EMAIL)) {
            steps.add(new Step(Channel.EMAIL, List.of()));
        }
        steps.sort(Comparator.comparing(Step::channel));
        return steps;
    }

    /** The channels asked for that the plan neither sends nor keeps as a fallback, in channel order. */
    static List<Channel> passedOver(Set<Channel> requested, List<Step> steps) {
        Set<Channel> planned = EnumSet.noneOf(Channel.class);
        steps.forEach(step -> {
            planned.add(step.channel());
            planned.addAll(step.fallbacks());
        });
        return requested.stream().filter(channel -> !planned.contains(channel)).sorted().toList();
    }
}
