package network.khata.query.customers;

import network.khata.projections.profile.NetworkProfiles;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Answers the questions about a network customer that owners' and customers' requests ask, from the network profiles. */
@Component
public class NetworkCustomerQueries {
    private final NetworkProfiles profiles;

    public NetworkCustomerQueries(NetworkProfiles profiles) {
        this.profiles = profiles;
    }

    @QueryHandler
    public Optional<UUID> handle(FindNetworkCustomer query) {
        return profiles.findByPhone(query.phone()).map(NetworkProfiles.NetworkIdentity::customerId);
    }

    @QueryHandler
    public Boolean handle(IsPhoneVerified query) {
        return profiles.isPhoneVerified(query.customerId());
    }
}
