package network.khata.app.customers;

import network.khata.api.identity.NetworkIds;
import network.khata.app.security.PortalRateLimits;
import network.khata.query.customers.Contact;
import network.khata.query.customers.FindContact;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A welcome code to a number new to a business counts against the business's hourly allowance
 * ({@code khata.abuse.new-number-codes-per-business-per-hour}): SMS pumping registers many numbers to send codes to.
 * A customer the business already has is not new. Single registrations and imports draw on the same allowance.
 */
@Component
public class NewNumberCodes {
    private final QueryGateway queries;
    private final PortalRateLimits limits;
    private final int perHour;

    public NewNumberCodes(QueryGateway queries, PortalRateLimits limits, AbuseSettings settings) {
        this.queries = queries;
        this.limits = limits;
        this.perHour = settings.newNumberCodesPerBusinessPerHour();
    }

    /** Empty when a code to the phone may go (and is counted); else how long until the allowance has room. */
    public Optional<Duration> admit(UUID businessId, String phone) {
        Contact known = queries.query(new FindContact(businessId, NetworkIds.customerId(phone)), Contact.class).join();
        if (known.phone() != null) {
            return Optional.empty();
        }
        return limits.admit(List.of(new PortalRateLimits.Limit("new-number-codes", businessId.toString(), perHour,
                Duration.ofHours(1))));
    }

    public int perHour() {
        return perHour;
    }
}
