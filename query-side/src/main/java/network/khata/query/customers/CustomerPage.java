package network.khata.query.customers;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of the owner's customers; {@code next_cursor} asks for the next, null on the last page. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerPage(List<OwnerCustomer> customers, @Nullable String nextCursor) {
    /**
     * A customer as their business sees them: what they owe, what of it is overdue, when they last had an invoice or paid;
     * {@code said_not_me}: the person with the phone says they are not this customer (messages to them have stopped).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OwnerCustomer(UUID customerId, String name, String phone, @Nullable String email, BigDecimal outstanding,
                                BigDecimal overdue, long invoices, Instant lastActivity, boolean phoneVerified, boolean saidNotMe) {
    }
}
