package network.khata.projections.profile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** Reads of {@code customer_network_profile} that reveal no business's data: only identity and verification. */
@Repository
public class NetworkProfiles {
    private final JdbcTemplate jdbc;

    public NetworkProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NetworkIdentity(UUID customerId, boolean phoneVerified) {
    }

    public Optional<NetworkIdentity> findByPhone(String e164Phone) {
        return jdbc.query("SELECT customer_id, phone_verified FROM customer_network_profile WHERE phone = ?",
                (rs, row) -> new NetworkIdentity(rs.getObject("customer_id", UUID.class), rs.getBoolean("phone_verified")),
                e164Phone).stream().findFirst();
    }

    public boolean isPhoneVerified(UUID customerId) {
        return Boolean.TRUE.equals(jdbc.query("SELECT phone_verified FROM customer_network_profile WHERE customer_id = ?",
                rs -> rs.next() && rs.getBoolean(1), customerId));
    }
}
