package network.khata.command.businesses;

import network.khata.api.identity.NetworkIds;
import network.khata.api.team.RemoveTeamMember;
import network.khata.api.team.SetTeamMember;
import network.khata.api.team.TeamMemberRemoved;
import network.khata.api.team.TeamMemberSet;
import network.khata.api.team.TeamRole;
import network.khata.api.businesses.BusinessRegistered;
import network.khata.api.businesses.BusinessCategorised;
import network.khata.api.businesses.BusinessCategory;
import network.khata.api.businesses.SetBusinessCategory;
import network.khata.api.businesses.BusinessDetailsChanged;
import network.khata.api.businesses.SetBusinessDetails;
import network.khata.api.payments.PaymentMethod;
import network.khata.api.payments.PaymentSettingsChanged;
import network.khata.api.payments.SetPaymentSettings;
import network.khata.api.businesses.ChannelOrderChanged;
import network.khata.api.businesses.SetChannelOrder;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageTemplate;
import network.khata.api.reminders.ReminderPolicy;
import network.khata.api.reminders.ReminderPolicyChanged;
import network.khata.api.reminders.ReminderStep;
import network.khata.api.reminders.SetReminderPolicy;
import network.khata.api.businesses.BusinessUpdated;
import network.khata.api.businesses.RegisterBusiness;
import network.khata.api.businesses.UpdateBusiness;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import network.khata.command.ConflictException;
import network.khata.command.InvalidCommandException;

class BusinessTest {
    private static final UUID BUSINESS = UUID.randomUUID();
    private AggregateTestFixture<Business> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Business.class);
    }

    @Test
    void aBusinessIsRegisteredOnceInItsTimeZone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterBusiness(BUSINESS, "Fertilizer Shop", null))
                .expectEvents(new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata"));
        fixture.given(new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata"))
                .when(new RegisterBusiness(BUSINESS, "Fertilizer Shop", "Europe/London"))
                .expectNoEvents();
    }

    @Test
    void aCategoryIsRecordedWhenItChanges() {
        BusinessRegistered registered = new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata");
        fixture.given(registered)
                .when(new SetBusinessCategory(BUSINESS, BusinessCategory.AGRI_INPUTS))
                .expectResultMessagePayload(true)
                .expectEvents(new BusinessCategorised(BUSINESS, BusinessCategory.AGRI_INPUTS));
        fixture.given(registered, new BusinessCategorised(BUSINESS, BusinessCategory.AGRI_INPUTS))
                .when(new SetBusinessCategory(BUSINESS, BusinessCategory.AGRI_INPUTS))
                .expectResultMessagePayload(false)
                .expectNoEvents();
        fixture.given(registered).when(new SetBusinessCategory(BUSINESS, null)).expectException(InvalidCommandException.class);
    }

    @Test
    void anAddressAndGstinAreRecordedWhenTheyChangeAndAWrongGstinIsRefused() {
        BusinessRegistered registered = new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata");
        fixture.given(registered)
                .when(new SetBusinessDetails(BUSINESS, "Station Road, Nashik", "27aapfu0939f1zv"))
                .expectResultMessagePayload(true)
                .expectEvents(new BusinessDetailsChanged(BUSINESS, "Station Road, Nashik", "27AAPFU0939F1ZV"));
        fixture.given(registered, new BusinessDetailsChanged(BUSINESS, "Station Road, Nashik", "27AAPFU0939F1ZV"))
                .when(new SetBusinessDetails(BUSINESS, null, "27AAPFU0939F1ZV"))
                .expectResultMessagePayload(false)
                .expectNoEvents();
        fixture.given(registered).when(new SetBusinessDetails(BUSINESS, null, "27AAPFU0939"))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void anUnknownTimeZoneOrBlankNameIsRefused() {
        fixture.givenNoPriorActivity().when(new RegisterBusiness(BUSINESS, "Shop", "Mars/Olympus"))
                .expectException(InvalidCommandException.class);
        fixture.givenNoPriorActivity().when(new RegisterBusiness(BUSINESS, " ", null))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void aRenameOrANewZoneIsRecordedOnceAndOnlyWhenSomethingChanges() {
        BusinessRegistered registered = new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata");
        fixture.given(registered)
                .when(new UpdateBusiness(BUSINESS, "Fertilizer & Seeds", null))
                .expectResultMessagePayload(true)
                .expectEvents(new BusinessUpdated(BUSINESS, "Fertilizer & Seeds", "Asia/Kolkata"));
        fixture.given(registered)
                .when(new UpdateBusiness(BUSINESS, "Fertilizer Shop", "Asia/Kolkata"))
                .expectResultMessagePayload(false)
                .expectNoEvents();
        fixture.given(registered)
                .when(new UpdateBusiness(BUSINESS, null, "Mars/Olympus"))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void paymentSettingsDefaultToUpiUnderTheBusinessNameAndRepeatingThemChangesNothing() {
        BusinessRegistered registered = new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata");
        PaymentSettingsChanged upi = new PaymentSettingsChanged(BUSINESS, "shop@okaxis", "Fertilizer Shop", Set.of(PaymentMethod.UPI));
        fixture.given(registered)
                .when(new SetPaymentSettings(BUSINESS, " shop@okaxis ", null, Set.of()))
                .expectEvents(upi).expectResultMessagePayload(upi);
        fixture.given(registered, upi)
                .when(new SetPaymentSettings(BUSINESS, "shop@okaxis", "Fertilizer Shop", Set.of(PaymentMethod.UPI)))
                .expectNoEvents();
        fixture.given(registered)
                .when(new SetPaymentSettings(BUSINESS, null, "Shop", Set.of(PaymentMethod.RAZORPAY)))
                .expectEvents(new PaymentSettingsChanged(BUSINESS, null, "Shop", Set.of(PaymentMethod.RAZORPAY)));
    }

    @Test
    void aUpiAddressMustBeOneAndUpiNeedsIt() {
        BusinessRegistered registered = new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata");
        for (String address : new String[]{"shop", "shop@", "@okaxis", "a b@okaxis", "shop@ok@axis"}) {
            fixture.given(registered).when(new SetPaymentSettings(BUSINESS, address, null, Set.of()))
                    .expectException(InvalidCommandException.class).expectNoEvents();
        }
        fixture.given(registered).when(new SetPaymentSettings(BUSINESS, null, null, Set.of(PaymentMethod.UPI)))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void aReminderPolicyTakesTheDefaultsSortsItsStepsAndRefusesBadOnes() {
        BusinessRegistered registered = new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata");
        ReminderPolicy defaults = new ReminderPolicy(true, ReminderPolicy.DEFAULT_STEPS, ReminderPolicy.DEFAULT_CHANNELS, false);
        fixture.given(registered).when(new SetReminderPolicy(BUSINESS, true, null, null, false))
                .expectEvents(new ReminderPolicyChanged(BUSINESS, defaults)).expectResultMessagePayload(defaults);
        fixture.given(registered, new ReminderPolicyChanged(BUSINESS, defaults))
                .when(new SetReminderPolicy(BUSINESS, true, null, Set.of(), false)).expectNoEvents();
        fixture.given(registered)
                .when(new SetReminderPolicy(BUSINESS, true, List.of(new ReminderStep(5, MessageTemplate.URGENT),
                        new ReminderStep(-1, MessageTemplate.REMINDER)), Set.of(Channel.EMAIL), true))
                .expectEvents(new ReminderPolicyChanged(BUSINESS, new ReminderPolicy(true, List.of(
                        new ReminderStep(-1, MessageTemplate.REMINDER), new ReminderStep(5, MessageTemplate.URGENT)),
                        Set.of(Channel.EMAIL), true)));
        fixture.given(registered)
                .when(new SetReminderPolicy(BUSINESS, true, List.of(new ReminderStep(400, MessageTemplate.URGENT)), null, false))
                .expectException(InvalidCommandException.class).expectNoEvents();
    }

    @Test
    void aChannelOrderListsEveryChannelOnceTheUnnamedFollowing() {
        BusinessRegistered registered = new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata");
        List<Channel> whatsAppFirst = List.of(Channel.WHATSAPP, Channel.SMS, Channel.EMAIL);
        fixture.given(registered).when(new SetChannelOrder(BUSINESS, List.of(Channel.WHATSAPP)))
                .expectEvents(new ChannelOrderChanged(BUSINESS, whatsAppFirst)).expectResultMessagePayload(whatsAppFirst);
        fixture.given(registered, new ChannelOrderChanged(BUSINESS, whatsAppFirst))
                .when(new SetChannelOrder(BUSINESS, whatsAppFirst)).expectNoEvents();
        fixture.given(registered).when(new SetChannelOrder(BUSINESS, List.of(Channel.SMS, Channel.SMS)))
                .expectException(InvalidCommandException.class);
        fixture.given(registered).when(new SetChannelOrder(BUSINESS, List.of(Channel.SMS, Channel.WHATSAPP, Channel.EMAIL)))
                .expectNoEvents();
    }

    @Test
    void theTeamKeepsAnOwnerAndRepeatingARoleChangesNothing() {
        BusinessRegistered registered = new BusinessRegistered(BUSINESS, "Fertilizer Shop", "Asia/Kolkata");
        String owner = "+919812345678";
        String staff = "+919812345679";
        TeamMemberSet ownerSet = new TeamMemberSet(BUSINESS, NetworkIds.memberId(owner), owner, TeamRole.OWNER);
        TeamMemberSet staffSet = new TeamMemberSet(BUSINESS, NetworkIds.memberId(staff), staff, TeamRole.STAFF);
        fixture.given(registered).when(new SetTeamMember(BUSINESS, owner, TeamRole.OWNER))
                .expectEvents(ownerSet).expectResultMessagePayload(SetTeamMember.Outcome.JOINED);
        fixture.given(registered, ownerSet).when(new SetTeamMember(BUSINESS, owner, TeamRole.OWNER))
                .expectNoEvents().expectResultMessagePayload(SetTeamMember.Outcome.UNCHANGED);
        fixture.given(registered, ownerSet).when(new SetTeamMember(BUSINESS, staff, TeamRole.STAFF)).expectEvents(staffSet);
        fixture.given(registered, ownerSet, staffSet).when(new SetTeamMember(BUSINESS, staff, TeamRole.OWNER))
                .expectEvents(new TeamMemberSet(BUSINESS, NetworkIds.memberId(staff), staff, TeamRole.OWNER))
                .expectResultMessagePayload(SetTeamMember.Outcome.ROLE_CHANGED);
        fixture.given(registered, ownerSet, staffSet).when(new SetTeamMember(BUSINESS, owner, TeamRole.STAFF))
                .expectException(ConflictException.class);
        fixture.given(registered, ownerSet, staffSet).when(new RemoveTeamMember(BUSINESS, owner))
                .expectException(ConflictException.class);
        fixture.given(registered, ownerSet, staffSet).when(new RemoveTeamMember(BUSINESS, staff))
                .expectEvents(new TeamMemberRemoved(BUSINESS, NetworkIds.memberId(staff), staff)).expectResultMessagePayload(true);
        fixture.given(registered, ownerSet).when(new RemoveTeamMember(BUSINESS, staff)).expectNoEvents().expectResultMessagePayload(false);
        fixture.given(registered).when(new SetTeamMember(BUSINESS, "98123", TeamRole.STAFF)).expectException(InvalidCommandException.class);
    }
}
