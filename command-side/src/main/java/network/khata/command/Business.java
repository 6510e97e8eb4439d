package network.khata.command;

import network.khata.api.business.BusinessTimeZone;
import network.khata.api.business.BusinessRegistered;
import network.khata.api.business.BusinessUpdated;
import network.khata.api.business.RegisterBusiness;
import network.khata.api.business.UpdateBusiness;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A business of the core ledger, as far as the network needs it: that it exists, its name and its time zone. */
@Aggregate
public class Business {
    @AggregateIdentifier
    private UUID businessId;
    private String name;
    private String timeZone;

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
