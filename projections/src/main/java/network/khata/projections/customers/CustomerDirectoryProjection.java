package network.khata.projections.customers;

import network.khata.api.businesses.BusinessRegistered;
import network.khata.api.businesses.BusinessUpdated;
import network.khata.api.businesses.BusinessDetailsChanged;
import network.khata.api.payments.PaymentMethod;
import network.khata.api.payments.PaymentSettingsChanged;
import network.khata.api.reminders.ReminderPolicyChanged;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.ProfileType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.stream.Collectors;

/** Tables {@code businesses} and {@code parties}. Inserts ignore rows already there, so redelivery is harmless. */
@Component
@ProcessingGroup(CustomerDirectoryProjection.GROUP)
public class CustomerDirectoryProjection {
    public static final String GROUP = "customer-directory";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public CustomerDirectoryProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(BusinessRegistered event, @Timestamp Instant at) {
        jdbc.update("INSERT INTO businesses (id, name, time_zone, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                event.businessId(), event.name(), event.timeZone(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(BusinessUpdated event) {
        jdbc.update("UPDATE businesses SET name = ?, time_zone = ? WHERE id = ?", event.name(), event.timeZone(), event.businessId());
    }

    @EventHandler
    void on(BusinessDetailsChanged event) {
        jdbc.update("UPDATE businesses SET address = ?, gstin = ? WHERE id = ?", event.address(), event.gstin(), event.businessId());
    }

    @EventHandler
    void on(ReminderPolicyChanged event) throws JsonProcessingException {
        jdbc.update("UPDATE businesses SET reminder_policy = ? WHERE id = ?", json.writeValueAsString(event.policy()),
                event.businessId());
    }

    @EventHandler
    void on(PaymentSettingsChanged event) {
        jdbc.update("UPDATE businesses SET upi_vpa = ?, payee_name = ?, payment_methods = ? WHERE id = ?", event.upiVpa(),
                event.payeeName(), event.methods().stream().map(PaymentMethod::code).sorted().collect(Collectors.joining(",")),
                event.businessId());
    }

    @EventHandler
    void on(CustomerRegistered event, @Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO parties (id, business_id, customer_id, name, phone, email, profile_type, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                event.partyId(), event.businessId(), event.customerId(), event.name(), event.phone(), event.email(),
                ProfileType.codeOf(event.profileType()), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(network.khata.api.customers.PartyDisowned event, @Timestamp Instant at) {
        jdbc.update("UPDATE parties SET disowned_at = coalesce(disowned_at, ?) WHERE id = ?", java.sql.Timestamp.from(at), event.partyId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM parties");
        jdbc.update("DELETE FROM businesses");
    }
}
