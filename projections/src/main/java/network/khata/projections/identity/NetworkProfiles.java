package network.khata.projections.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads of {@code customer_network_profile} that reveal no business's data, only identity and verification, for any
 * caller: through functions that look past row-level security (see V20261125_01__portal_read_models.sql).
 */
@Repository
public class NetworkProfiles {
    private final JdbcTemplate jdbc;

    public NetworkProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NetworkIdentity(UUID customerId, boolean phoneVerified) {
    }

    public Optional<NetworkIdentity> findByPhone(String e164Phone) {
        return jdbc.query("SELECT customer_id, phone_verified FROM network_identity_by_phone(?)",
                (rs, row) -> new NetworkIdentity(rs.getObject("customer_id", UUID.class), rs.getBoolean("phone_verified")),
                e164Phone).stream().findFirst();
    }

    /** The name the network first knew the customer by, across every business's rows (empty: not in the network yet). */
    public Optional<String> profileName(UUID customerId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT network_profile_name(?)", String.class, customerId));
    }

    public boolean isPhoneVerified(UUID customerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT network_phone_verified(?)", Boolean.class, customerId));
    }
}
