package network.khata.command;

import network.khata.api.business.BusinessRegistered;
import network.khata.api.business.RegisterBusiness;
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
    static final String DEFAULT_TIME_ZONE = "Asia/Kolkata";

    @AggregateIdentifier
    private UUID businessId;

    protected Business() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterBusiness command) {
        if (businessId != null) {
            return;
        }
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidCommandException("a business needs a name");
        }
        apply(new BusinessRegistered(command.businessId(), command.name().trim(), timeZone(command.timeZone())));
    }

    @EventSourcingHandler
    void on(BusinessRegistered event) {
        this.businessId = event.businessId();
    }

    private static String timeZone(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(requested).getId();
        } catch (DateTimeException e) {
            throw new InvalidCommandException("unknown time zone: " + requested);
        }
    }
}
