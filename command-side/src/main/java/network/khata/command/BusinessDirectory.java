package network.khata.command;

import java.util.UUID;

/** Whether a business has been registered with the network. */
@FunctionalInterface
public interface BusinessDirectory {
    boolean isRegistered(UUID businessId);
}
