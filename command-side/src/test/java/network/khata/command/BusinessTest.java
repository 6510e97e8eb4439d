package network.khata.command;

import network.khata.api.business.BusinessRegistered;
import network.khata.api.business.PaymentMethod;
import network.khata.api.business.PaymentSettingsChanged;
import network.khata.api.business.SetPaymentSettings;
import network.khata.api.business.BusinessUpdated;
import network.khata.api.business.RegisterBusiness;
import network.khata.api.business.UpdateBusiness;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

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
}
