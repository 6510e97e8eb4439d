package network.khata.command.businesses;

import java.util.UUID;

/** The business is not registered with the network; nothing was stored. */
public class UnknownBusinessException extends RuntimeException {
    private final UUID businessId;

    public UnknownBusinessException(UUID businessId) {
        super("business " + businessId + " is not registered with the network");
        this.businessId = businessId;
    }

    public UUID businessId() {
        return businessId;
    }
}
