package network.khata.query.messaging;

import java.time.LocalDate;
import java.util.UUID;

/** Query: how one business's messages created from {@code from} to {@code to} (inclusive) fared. */
public record FindDeliveryReport(UUID businessId, LocalDate from, LocalDate to) {
}
