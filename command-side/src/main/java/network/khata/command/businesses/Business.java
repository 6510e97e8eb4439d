package network.khata.command.businesses;

import network.khata.api.businesses.BusinessTimeZone;
import network.khata.api.businesses.BusinessCategorised;
import network.khata.api.businesses.BusinessCategory;
import network.khata.api.businesses.SetBusinessCategory;
import network.khata.api.businesses.BusinessDetailsChanged;
import network.khata.api.businesses.SetBusinessDetails;
import network.khata.api.businesses.BusinessRegistered;
import network.khata.api.businesses.BusinessUpdated;
import network.khata.api.businesses.ChannelOrder;
import network.khata.api.businesses.ChannelOrderChanged;
import network.khata.api.businesses.SetChannelOrder;
import network.khata.api.payments.PaymentMethod;
import network.khata.api.payments.PaymentSettingsChanged;
import network.khata.api.payments.SetPaymentSettings;
import network.khata.api.messaging.Channel;
import network.khata.api.reminders.ReminderPolicy;
import network.khata.api.reminders.ReminderPolicyChanged;
import network.khata.api.reminders.ReminderStep;
import network.khata.api.reminders.SetReminderPolicy;
import network.khata.api.businesses.RegisterBusiness;
import network.khata.api.businesses.UpdateBusiness;
import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.team.RemoveTeamMember;
import network.khata.api.team.SetTeamMember;
import network.khata.api.team.TeamMemberRemoved;
import network.khata.api.team.TeamMemberSet;
import network.khata.api.team.TeamRole;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import network.khata.command.ConflictException;
import network.khata.command.InvalidCommandException;
import network.khata.command.reminders.ReminderSteps;

/**
 * A business of the core ledger, as far as the network needs it: that it exists, its name, its time zone, where its
 * customers pay, what it sells (its category), its address and GSTIN, and who works for it (its team: owners and staff by phone; it always keeps an owner once it has one).
 */
@Aggregate
public class Business {
    @AggregateIdentifier
    private UUID businessId;
    private String name;
    private String timeZone;
    private BusinessCategory category;
    private String address;
    private String gstin;
    private PaymentSettingsChanged paymentSettings;
    private ReminderPolicy reminderPolicy;
    private List<Channel> channelOrder = ChannelOrder.DEFAULT;
    private final Map<String, TeamRole> team = new HashMap<>();

    protected Business() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(RegisterBusiness command) {
        if (businessId != null) {
            return false;
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidCommandException("a business needs a name");
        }
        apply(new BusinessRegistered(command.businessId(), command.name().trim(), timeZone(command.timeZone())));
        return true;
    }

    /** @return whether anything changed; a business never registered is not found */
    @CommandHandler
    public boolean handle(UpdateBusiness command) {
        if (command.name() != null && command.name().isBlank()) {
            throw new InvalidCommandException("a business needs a name");
        }
        String newName = command.name() == null ? name : command.name().trim();
        String newZone = command.timeZone() == null ? timeZone : timeZone(command.timeZone());
        if (newName.equals(name) && newZone.equals(timeZone)) {
            return false;
        }
        apply(new BusinessUpdated(businessId, newName, newZone));
        return true;
    }

    /** @return whether the category changed */
    @CommandHandler
    public boolean handle(SetBusinessCategory command) {
        if (command.category() == null) {
            throw new InvalidCommandException("category: one of the business categories");
        }
        if (command.category() == category) {
            return false;
        }
        apply(new BusinessCategorised(businessId, command.category()));
        return true;
    }

    /** @return whether the address or the GSTIN changed */
    @CommandHandler
    public boolean handle(SetBusinessDetails command) {
        String newAddress = command.address() == null ? address : command.address().strip();
        String newGstin = command.gstin() == null ? gstin : command.gstin().strip().toUpperCase(java.util.Locale.ROOT);
        if (newGstin != null && !newGstin.matches(SetBusinessDetails.GSTIN)) {
            throw new InvalidCommandException("gstin: 15 characters, such as 27AAPFU0939F1ZV");
        }
        if (Objects.equals(newAddress, address) && Objects.equals(newGstin, gstin)) {
            return false;
        }
        apply(new BusinessDetailsChanged(businessId, newAddress, newGstin));
        return true;
    }

    /** @return the settings as they stand after the command (unchanged when they were the same already) */
    @CommandHandler
    public PaymentSettingsChanged handle(SetPaymentSettings command) {
        Set<PaymentMethod> methods = command.methods() == null || command.methods().isEmpty()
                ? EnumSet.of(PaymentMethod.UPI) : EnumSet.copyOf(command.methods());
        String vpa = command.upiVpa() == null ? null : command.upiVpa().strip();
        if (vpa != null && !SetPaymentSettings.UPI_VPA.matcher(vpa).matches()) {
            throw new InvalidCommandException("upi_vpa: a UPI address such as name@bank");
        }
        if (methods.contains(PaymentMethod.UPI) && vpa == null) {
            throw new InvalidCommandException("upi_vpa: required to offer UPI");
        }
        String payee = command.payeeName() == null || command.payeeName().isBlank() ? name : command.payeeName().strip();
        PaymentSettingsChanged changed = new PaymentSettingsChanged(businessId, vpa, payee, Set.copyOf(methods));
        if (!changed.equals(paymentSettings)) {
            apply(changed);
        }
        return changed;
    }

    /** @return the policy as it stands after the command */
    @CommandHandler
    public ReminderPolicy handle(SetReminderPolicy command) {
        List<ReminderStep> steps = command.steps() == null ? ReminderPolicy.DEFAULT_STEPS : ReminderSteps.checked(command.steps());
        Set<Channel> channels = command.channels() == null || command.channels().isEmpty()
                ? ReminderPolicy.DEFAULT_CHANNELS : Set.copyOf(command.channels());
        ReminderPolicy policy = new ReminderPolicy(command.enabled(), steps, channels, command.fromIssueDate());
        if (!policy.equals(reminderPolicy)) {
            apply(new ReminderPolicyChanged(businessId, policy));
        }
        return policy;
    }

    /** @return the order as it stands after the command, every channel in it */
    @CommandHandler
    public List<Channel> handle(SetChannelOrder command) {
        if (command.order() == null || command.order().isEmpty() || command.order().stream().distinct().count() < command.order().size()) {
            throw new InvalidCommandException("order: one or more channels, each once");
        }
        List<Channel> order = ChannelOrder.complete(command.order());
        if (!order.equals(channelOrder)) {
            apply(new ChannelOrderChanged(businessId, order));
        }
        return order;
    }

    /** @return whether the person joined, had their role changed, or had it already; the last owner cannot become staff */
    @CommandHandler
    public SetTeamMember.Outcome handle(SetTeamMember command) {
        requirePhone(command.phone());
        if (command.role() == null) {
            throw new InvalidCommandException("role: owner or staff");
        }
        TeamRole before = team.get(command.phone());
        if (command.role() == before) {
            return SetTeamMember.Outcome.UNCHANGED;
        }
        requireAnotherOwner(command.phone());
        apply(new TeamMemberSet(businessId, NetworkIds.memberId(command.phone()), command.phone(), command.role()));
        return before == null ? SetTeamMember.Outcome.JOINED : SetTeamMember.Outcome.ROLE_CHANGED;
    }

    /** @return whether anything changed (someone not on the team: nothing); the last owner cannot be removed */
    @CommandHandler
    public boolean handle(RemoveTeamMember command) {
        requirePhone(command.phone());
        if (!team.containsKey(command.phone())) {
            return false;
        }
        requireAnotherOwner(command.phone());
        apply(new TeamMemberRemoved(businessId, NetworkIds.memberId(command.phone()), command.phone()));
        return true;
    }

    private static void requirePhone(String phone) {
        if (phone == null || !PhoneNumbers.isE164(phone)) {
            throw new InvalidCommandException("phone: an E.164 number");
        }
    }

    /** An owner stops being one only when another owner remains: nobody could manage the team otherwise. */
    private void requireAnotherOwner(String phone) {
        if (team.get(phone) == TeamRole.OWNER
                && team.entrySet().stream().noneMatch(member -> member.getValue() == TeamRole.OWNER && !member.getKey().equals(phone))) {
            throw new ConflictException("the business's only owner stays an owner; add another owner first");
        }
    }

    @EventSourcingHandler
    void on(BusinessDetailsChanged event) {
        address = event.address();
        gstin = event.gstin();
    }

    @EventSourcingHandler
    void on(BusinessCategorised event) {
        category = event.category();
    }

    @EventSourcingHandler
    void on(TeamMemberSet event) {
        team.put(event.phone(), event.role());
    }

    @EventSourcingHandler
    void on(TeamMemberRemoved event) {
        team.remove(event.phone());
    }

    @EventSourcingHandler
    void on(ChannelOrderChanged event) {
        this.channelOrder = event.order();
    }

    @EventSourcingHandler
    void on(ReminderPolicyChanged event) {
        this.reminderPolicy = event.policy();
    }

    @EventSourcingHandler
    void on(PaymentSettingsChanged event) {
        this.paymentSettings = event;
    }

    @EventSourcingHandler
    void on(BusinessRegistered event) {
        this.businessId = event.businessId();
        this.name = event.name();
        this.timeZone = event.timeZone();
    }

    @EventSourcingHandler
    void on(BusinessUpdated event) {
        this.name = event.name();
        this.timeZone = event.timeZone();
    }

    private static String timeZone(String requested) {
        if (requested == null || requested.isBlank()) {
            return BusinessTimeZone.DEFAULT.getId();
        }
        try {
            return ZoneId.of(requested).getId();
        } catch (DateTimeException e) {
            throw new InvalidCommandException("unknown time zone: " + requested);
        }
    }
}
