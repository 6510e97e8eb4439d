package network.khata.command.customers;

import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.CustomerRegistration;
import network.khata.api.customers.DisownParty;
import network.khata.api.customers.PartyDisowned;
import network.khata.api.customers.RegisterCustomer;
import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import network.khata.command.InvalidCommandException;
import network.khata.command.NotFoundException;
import network.khata.command.AggregateRegistry;
import network.khata.command.businesses.UnknownBusinessException;

/**
 * A business's customer: the link between one business and one network customer. Its id is derived from both, so
 * there is at most one per business and phone, and registering it again answers with the party that exists. The person
 * with the phone may say it is not them ("not me"), and from then on the business's messages do not reach them.
 * Its id is the {@code partyId} of the messages and tables (the ledger's word for a business's customer); events
 * stored before this aggregate had its name say {@code Party} in the event store's type column, which the audit trail
 * reads under this name.
 */
@Aggregate
public class BusinessCustomer {
    @AggregateIdentifier
    private UUID partyId;
    private UUID businessId;
    private UUID customerId;
    private String name;
    private String phone;
    private String email;
    private boolean disowned;

    protected BusinessCustomer() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CustomerRegistration handle(RegisterCustomer command, AggregateRegistry registry) {
        if (partyId != null) {
            return registration(false);
        }
        requireWellFormed(command);
        if (!registry.exists(command.businessId())) {
            throw new UnknownBusinessException(command.businessId());
        }
        apply(new CustomerRegistered(command.partyId(), command.businessId(), command.customerId(),
                command.name().trim(), command.phone(), command.email(), command.profileType(),
                command.autoTagRecentInvoices()));
        return registration(true);
    }

    /** @return whether anything changed; only the person with the party's phone may say it (anyone else: not found) */
    @CommandHandler
    public boolean handle(DisownParty command) {
        if (!customerId.equals(command.customerId())) {
            throw new NotFoundException("no business holds your number as " + command.partyId());
        }
        if (disowned) {
            return false;
        }
        apply(new PartyDisowned(partyId, businessId, customerId, name, phone));
        return true;
    }

    @EventSourcingHandler
    void on(PartyDisowned event) {
        this.disowned = true;
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        this.partyId = event.partyId();
        this.businessId = event.businessId();
        this.customerId = event.customerId();
        this.name = event.name();
        this.phone = event.phone();
        this.email = event.email();
    }

    private CustomerRegistration registration(boolean created) {
        return new CustomerRegistration(partyId, customerId, name, phone, email, created);
    }

    private static void requireWellFormed(RegisterCustomer command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidCommandException("a customer needs a name");
        }
        if (!PhoneNumbers.isE164(command.phone())) {
            throw new InvalidCommandException("the phone must be a valid number in E.164 form");
        }
        UUID expectedCustomer = NetworkIds.customerId(command.phone());
        if (!expectedCustomer.equals(command.customerId())
                || !NetworkIds.partyId(command.businessId(), expectedCustomer).equals(command.partyId())) {
            throw new InvalidCommandException("the customer and party ids must be the ones derived from business and phone");
        }
    }
}
