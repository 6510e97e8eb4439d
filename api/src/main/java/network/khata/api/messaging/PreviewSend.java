package network.khata.api.messaging;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How a send to this customer on these channels will be planned, by the planner's own rules and what it knows now
 * (addresses, preferences, the business's channel order): the owner's answer says it before the planner runs. The
 * daily cap is counted only when the message is planned; the status URL tells the end.
 */
public record PreviewSend(UUID businessId, UUID customerId, Set<Channel> channels) {
    /** {@code queued}: goes out now; {@code fallback}: only if the channel in {@code reason} fails; {@code suppressed}: why in {@code reason}. */
    public record Planned(String status, String reason) {
        public static final Planned QUEUED = new Planned("queued", null);
    }

    /** Every channel asked for, with its plan. */
    public record Preview(Map<Channel, Planned> channels) {
    }
}
