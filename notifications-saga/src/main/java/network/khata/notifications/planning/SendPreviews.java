package network.khata.notifications.planning;

import network.khata.api.identity.NetworkIds;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.PreviewSend;
import network.khata.api.messaging.PreviewSend.Planned;
import network.khata.notifications.planning.ContactBook.Contact;
import network.khata.notifications.planning.ContactBook.Preferences;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Answers {@link PreviewSend} with the planner's own rules ({@link ChannelPlan}, {@link Reachability}) over the
 * planner's own contacts, so the owner hears at once which channels go, which wait as a fallback and which cannot
 * reach the customer. A customer the planner does not know yet (registered a moment ago): every channel queued; one
 * whose phone said "not me": every channel suppressed.
 */
@Component
class SendPreviews {
    private final ContactBook contacts;

    SendPreviews(ContactBook contacts) {
        this.contacts = contacts;
    }

    @QueryHandler
    PreviewSend.Preview handle(PreviewSend query) {
        Optional<Contact> known = contacts.contact(NetworkIds.partyId(query.businessId(), query.customerId()));
        Map<Channel, Planned> planned = new EnumMap<>(Channel.class);
        if (known.isEmpty()) {
            query.channels().forEach(channel -> planned.put(channel, Planned.QUEUED));
            return new PreviewSend.Preview(planned);
        }
        Contact contact = known.get();
        if (contact.disowned()) {   // "not me": nothing goes, and the answer says so
            query.channels().forEach(channel -> planned.put(channel, new Planned("suppressed", "not_me")));
            return new PreviewSend.Preview(planned);
        }
        Preferences preferences = contacts.preferences(query.customerId());
        Predicate<Channel> reachable = channel -> Reachability.whyNot(channel, contact.address(channel), preferences) == null;
        for (ChannelPlan.Step step : ChannelPlan.of(query.channels(), contact.channelOrder(), reachable)) {
            String whyNot = Reachability.whyNot(step.channel(), contact.address(step.channel()), preferences);
            planned.put(step.channel(), whyNot == null ? Planned.QUEUED : new Planned("suppressed", whyNot));
            step.fallbacks().stream().filter(query.channels()::contains)
                    .forEach(fallback -> planned.put(fallback, new Planned("fallback", "after_" + step.channel().code())));
        }
        query.channels().stream().filter(channel -> !planned.containsKey(channel)).forEach(channel -> planned.put(channel,
                new Planned("suppressed", Reachability.whyNot(channel, contact.address(channel), preferences))));
        return new PreviewSend.Preview(planned);
    }
}
