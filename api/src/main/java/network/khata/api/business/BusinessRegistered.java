package network.khata.api.business;

import java.util.UUID;

public record BusinessRegistered(UUID businessId, String name, String timeZone) {
}
