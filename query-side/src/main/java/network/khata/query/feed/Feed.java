package network.khata.query.feed;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened, newest first, and how much of it this reader has not seen ({@code unread_count}, the spec's badge).
 * Kinds: {@code verified} (a customer verified their phone), {@code first_sign_in} (opened the portal the first time),
 * {@code payment} (detail: owner or razorpay), {@code reminder_sent} and {@code message_failed} (detail: the channel),
 * {@code disputed} (detail: the reason), {@code not_me}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Feed(List<Item> items, long unreadCount) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Item(Instant happenedAt, String kind, UUID customerId, String customerName, @Nullable UUID invoiceId,
                       @Nullable String invoiceNumber, @Nullable BigDecimal amount, @Nullable String detail, boolean unread) {
    }
}
