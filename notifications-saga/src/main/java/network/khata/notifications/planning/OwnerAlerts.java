package network.khata.notifications.planning;

import network.khata.api.customers.PartyDisowned;
import network.khata.api.disputes.InvoiceDisputed;
import network.khata.api.identity.NetworkIds;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageContent;
import network.khata.api.messaging.NotificationType;
import network.khata.api.messaging.RequestNotification;
import network.khata.api.team.TeamMemberRemoved;
import network.khata.api.team.TeamMemberSet;
import network.khata.api.team.TeamRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The owner is told, by SMS to each owner's phone, what their customers say (issue 28): a dispute of an invoice, and a
 * "not me". In the planning group, which keeps each business's team for it. An alert is the owners' own message: of no
 * business's messages to customers (no business on it, so the network's analytics do not count it), never capped.
 */
@Component
@ProcessingGroup(NotificationPlanner.GROUP)
public class OwnerAlerts {
    private final JdbcTemplate jdbc;
    private final ContactBook contacts;
    private final CommandGateway commands;
    private final String ownerLink;

    public OwnerAlerts(JdbcTemplate jdbc, ContactBook contacts, CommandGateway commands, @Value("${khata.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.commands = commands;
        this.ownerLink = publicUrl.replaceAll("/+$", "") + "/owner";
    }

    private record Owner(UUID memberId, String phone) {
    }

    @EventHandler
    void on(TeamMemberSet event) {
        jdbc.update("""
                INSERT INTO notification_team (business_id, member_id, phone, role) VALUES (?, ?, ?, ?)
                ON CONFLICT (business_id, member_id) DO UPDATE SET role = excluded.role""",
                event.businessId(), event.memberId(), event.phone(), event.role().code());
    }

    @EventHandler
    void on(TeamMemberRemoved event) {
        jdbc.update("DELETE FROM notification_team WHERE business_id = ? AND member_id = ?", event.businessId(), event.memberId());
    }

    @EventHandler
    @DisallowReplay
    void on(InvoiceDisputed event, @MessageIdentifier String eventId) {
        String customer = contacts.contact(NetworkIds.partyId(event.businessId(), event.customerId()))
                .map(ContactBook.Contact::name).orElse("A customer");
        alert(event.businessId(), "dispute/" + eventId,
                (phone, language) -> SmsTexts.ownerDispute(phone, customer, event.invoiceNumber(), language, ownerLink));
    }

    @EventHandler
    @DisallowReplay
    void on(PartyDisowned event, @MessageIdentifier String eventId) {
        alert(event.businessId(), "not-me/" + eventId,
                (phone, language) -> SmsTexts.ownerNotMe(phone, event.phone(), event.name(), language));
    }

    /** One SMS to each owner, in the language their phone chose as a customer, if it did; ids derived, so once each. */
    private void alert(UUID businessId, String purpose, BiFunction<String, String, MessageContent> content) {
        List<Owner> owners = jdbc.query("SELECT member_id, phone FROM notification_team WHERE business_id = ? AND role = ?",
                (rs, row) -> new Owner(rs.getObject(1, UUID.class), rs.getString(2)), businessId, TeamRole.OWNER.code());
        for (Owner owner : owners) {
            UUID messageId = NetworkIds.messageId(owner.memberId(), purpose);
            commands.sendAndWait(new RequestNotification(messageId, messageId, null, owner.memberId(), null,
                    NotificationType.OWNER_ALERT, Channel.SMS, content.apply(owner.phone(), contacts.languageOfPhone(owner.phone())),
                    null, null));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM notification_team");
    }
}
