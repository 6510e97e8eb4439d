package network.khata.notifications.planning;

import network.khata.api.businesses.ChannelOrder;
import network.khata.api.messaging.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who can be reached and how: the planner's own tables, kept by the planner's processing group. */
@Repository
public class ContactBook {
    private final JdbcTemplate jdbc;

    public ContactBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A business's customer as that business knows them, with the business's name, address, GSTIN and channel order.
     *
     * @param disowned the person with the phone said this customer of the business is not them: nothing reaches them
     */
    public record Contact(UUID partyId, UUID businessId, UUID customerId, String name, String phone, String email,
                          String businessName, String businessAddress, String businessGstin, List<Channel> channelOrder,
                          boolean disowned) {
        /** Where this channel reaches the customer: their email, or their phone for SMS and WhatsApp. */
        public String address(Channel channel) {
            return channel.reachesPhone() ? phone : email;
        }
    }

    /**
     * What the customer chose. {@code channels} empty means every channel.
     */
    public record Preferences(boolean notificationsEnabled, Set<String> channels, String language) {
        static final Preferences DEFAULT = new Preferences(true, Set.of(), "hi");

        public boolean allows(String channel) {
            return channels.isEmpty() || channels.contains(channel);
        }
    }

    void saveBusiness(UUID businessId, String name) {
        jdbc.update("INSERT INTO notification_businesses (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                businessId, name);
    }

    void saveBusinessDetails(UUID businessId, String address, String gstin) {
        jdbc.update("UPDATE notification_businesses SET address = ?, gstin = ? WHERE id = ?", address, gstin, businessId);
    }

    void saveChannelOrder(UUID businessId, List<Channel> order) {
        jdbc.update("UPDATE notification_businesses SET channel_order = ? WHERE id = ?",
                order.stream().map(Channel::code).collect(Collectors.joining(",")), businessId);
    }

    void saveContact(UUID partyId, UUID businessId, UUID customerId, String name, String phone, String email) {
        jdbc.update("""
                INSERT INTO notification_contacts (party_id, business_id, customer_id, name, phone, email)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (party_id) DO NOTHING""", partyId, businessId, customerId, name, phone, email);
    }

    void disown(UUID partyId) {
        jdbc.update("UPDATE notification_contacts SET disowned = true WHERE party_id = ?", partyId);
    }

    public void savePreferences(UUID customerId, boolean enabled, String channels, String language) {
        jdbc.update("""
                INSERT INTO notification_preferences (customer_id, notifications_enabled, preferred_channels, preferred_language)
                VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET notifications_enabled = excluded.notifications_enabled,
                  preferred_channels = excluded.preferred_channels, preferred_language = excluded.preferred_language""",
                customerId, enabled, channels, language);
    }

    void clear() {
        jdbc.update("DELETE FROM notification_contacts");
        jdbc.update("DELETE FROM notification_businesses");
        jdbc.update("DELETE FROM notification_preferences");
    }

    /**
     * The language the person with this phone chose as a network customer, else the default: what an owner's or staff
     * member's own messages (their code, their alerts) are written in.
     */
    String languageOfPhone(String phone) {
        return preferences(network.khata.api.identity.NetworkIds.customerId(phone)).language();
    }

    /** What a code message needs: the customer's language and the name of the business that registered them, if any. */
    public record CodeRecipient(String language, String businessName) {
    }

    /** The {@link CodeRecipient} in one round trip (under load every statement of planning waits its turn). */
    CodeRecipient codeRecipient(UUID customerId, UUID businessId) {
        return jdbc.queryForObject("""
                        SELECT p.customer_id, p.preferred_language, b.name FROM (SELECT 1) AS one
                        LEFT JOIN notification_preferences p ON p.customer_id = ?
                        LEFT JOIN notification_businesses b ON b.id = ?""",
                (rs, row) -> new CodeRecipient(rs.getObject(1) == null ? Preferences.DEFAULT.language() : rs.getString(2),
                        rs.getString(3)), customerId, businessId);
    }

    public Optional<Contact> contact(UUID partyId) {
        return jdbc.query("""
                        SELECT c.*, b.name AS business_name, b.address AS business_address, b.gstin AS business_gstin,
                          b.channel_order FROM notification_contacts c
                        LEFT JOIN notification_businesses b ON b.id = c.business_id WHERE c.party_id = ?""",
                (rs, row) -> new Contact(rs.getObject("party_id", UUID.class), rs.getObject("business_id", UUID.class),
                        rs.getObject("customer_id", UUID.class), rs.getString("name"), rs.getString("phone"),
                        rs.getString("email"), rs.getString("business_name"), rs.getString("business_address"),
                        rs.getString("business_gstin"), channelOrder(rs.getString("channel_order")),
                        rs.getBoolean("disowned")),
                partyId).stream().findFirst();
    }

    public Preferences preferences(UUID customerId) {
        return jdbc.query("SELECT * FROM notification_preferences WHERE customer_id = ?",
                (rs, row) -> new Preferences(rs.getBoolean("notifications_enabled"), channels(rs.getString("preferred_channels")),
                        rs.getString("preferred_language")), customerId).stream().findFirst().orElse(Preferences.DEFAULT);
    }

    /** The stored order with every channel in it; none stored: the default. */
    private static List<Channel> channelOrder(String stored) {
        return stored == null ? ChannelOrder.DEFAULT
                : ChannelOrder.complete(Arrays.stream(stored.split(",")).map(code -> Channel.fromCode(code).orElseThrow()).toList());
    }

    private static Set<String> channels(String listed) {
        if (listed == null || listed.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(listed.toLowerCase(Locale.ROOT).replace("_only", "").split(","))
                .map(String::trim).filter(channel -> !channel.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
