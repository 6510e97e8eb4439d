package network.khata.command;

import network.khata.api.business.BusinessRegistered;
import network.khata.api.business.BusinessUpdated;
import network.khata.api.business.RegisterBusiness;
import network.khata.api.business.UpdateBusiness;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
}
