package network.khata.projections.profile;

import network.khata.api.customer.CustomerRegistered;
import network.khata.api.customer.ProfileType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Table {@code customer_network_profile}: one row per network customer, made by the first business that registers the
 * phone. Later businesses link to the same row and change nothing in it, so no business's data reaches another.
 */
@Component
@ProcessingGroup(NetworkProfileProjection.GROUP)
public class NetworkProfileProjection {
    public static final String GROUP = "network-profiles";

    private final JdbcTemplate jdbc;

    public NetworkProfileProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CustomerRegistered event, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO customer_network_profile
                          (id, customer_id, phone, email, profile_name, profile_type, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO NOTHING""",
                event.customerId(), event.customerId(), event.phone(), event.email(), event.name(),
                ProfileType.codeOf(event.profileType()), java.sql.Timestamp.from(at), java.sql.Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM customer_network_profile");
    }
}
