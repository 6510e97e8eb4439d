package network.khata.command.customers;

import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.CustomerRegistration;
import network.khata.api.customers.ProfileType;
import network.khata.api.customers.RegisterCustomer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import network.khata.command.InvalidCommandException;
import network.khata.command.NotFoundException;
import network.khata.command.AggregateRegistry;
import network.khata.command.businesses.UnknownBusinessException;

class BusinessCustomerTest {
    private static final UUID KNOWN_BUSINESS = UUID.randomUUID();
    private static final String PHONE = "+919876543210";

    private AggregateTestFixture<BusinessCustomer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BusinessCustomer.class);
        fixture.registerInjectableResource((AggregateRegistry) KNOWN_BUSINESS::equals);
    }

    private static RegisterCustomer ramesh() {
        return RegisterCustomer.of(KNOWN_BUSINESS, " Ramesh Kumar ", PHONE, "ramesh@example.com", ProfileType.INDIVIDUAL, false);
    }

    private static CustomerRegistered registered(RegisterCustomer command) {
        return new CustomerRegistered(command.partyId(), KNOWN_BUSINESS, command.customerId(), "Ramesh Kumar", PHONE,
                "ramesh@example.com", ProfileType.INDIVIDUAL, false);
    }

    @Test
    void registeringANewPhoneCreatesTheParty() {
        RegisterCustomer command = ramesh();
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(command))
                .expectResultMessagePayload(new CustomerRegistration(command.partyId(), command.customerId(),
                        "Ramesh Kumar", PHONE, "ramesh@example.com", true));
    }

    @Test
    void registeringTheSamePhoneAgainAnswersWithTheExistingPartyAndStoresNothing() {
        RegisterCustomer command = ramesh();
        RegisterCustomer again = RegisterCustomer.of(KNOWN_BUSINESS, "R. Kumar", PHONE, null, null, true);
        fixture.given(registered(command))
                .when(again)
                .expectNoEvents()
                .expectResultMessagePayload(new CustomerRegistration(command.partyId(), command.customerId(),
                        "Ramesh Kumar", PHONE, "ramesh@example.com", false));
    }

    @Test
    void anUnknownBusinessCannotRegisterCustomers() {
        RegisterCustomer command = RegisterCustomer.of(UUID.randomUUID(), "Ramesh", PHONE, null, null, false);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(UnknownBusinessException.class)
                .expectNoEvents();
    }

    @Test
    void aPhoneThatIsNotE164IsRefused() {
        RegisterCustomer valid = ramesh();
        RegisterCustomer command = new RegisterCustomer(valid.partyId(), KNOWN_BUSINESS, valid.customerId(), "Ramesh",
                "9876543210", null, null, false);
        fixture.givenNoPriorActivity().when(command).expectException(InvalidCommandException.class).expectNoEvents();
    }

    @Test
    void idsThatAreNotDerivedFromBusinessAndPhoneAreRefused() {
        RegisterCustomer valid = ramesh();
        RegisterCustomer forged = new RegisterCustomer(UUID.randomUUID(), KNOWN_BUSINESS, valid.customerId(), "Ramesh",
                PHONE, null, null, false);
        fixture.givenNoPriorActivity().when(forged).expectException(InvalidCommandException.class).expectNoEvents();
    }

    @Test
    void aBlankNameIsRefused() {
        RegisterCustomer command = RegisterCustomer.of(KNOWN_BUSINESS, "  ", PHONE, null, null, false);
        fixture.givenNoPriorActivity().when(command).expectException(InvalidCommandException.class).expectNoEvents();
    }

    /** Issue 28: "not me" is the phone's own to say, once. */
    @Test
    void thePersonWithThePhoneSaysNotMeOnceAndNobodyElseCan() {
        RegisterCustomer command = ramesh();
        CustomerRegistered registered = registered(command);
        network.khata.api.customers.PartyDisowned disowned = new network.khata.api.customers.PartyDisowned(command.partyId(),
                command.businessId(), command.customerId(), registered.name(), PHONE);
        fixture.given(registered).when(new network.khata.api.customers.DisownParty(command.partyId(), command.customerId()))
                .expectEvents(disowned).expectResultMessagePayload(true);
        fixture.given(registered, disowned).when(new network.khata.api.customers.DisownParty(command.partyId(), command.customerId()))
                .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(registered).when(new network.khata.api.customers.DisownParty(command.partyId(), java.util.UUID.randomUUID()))
                .expectException(NotFoundException.class);
    }
}
