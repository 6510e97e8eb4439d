package network.khata.projections.feed;

import network.khata.api.disputes.InvoiceDisputed;
import network.khata.api.invoices.PaidVia;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.projections.invoices.InvoicesProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The feed's payments (by hand or through Razorpay) and disputes, written by the invoices group that takes them anyway. */
@Component
@ProcessingGroup(InvoicesProjection.GROUP)
public class MoneyFeed {
    private final OwnerFeed feed;

    public MoneyFeed(OwnerFeed feed) {
        this.feed = feed;
    }

    @EventHandler
    void on(PaymentRecorded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        feed.add(InvoicesProjection.GROUP, new OwnerFeed.Item(eventId, event.businessId(), event.customerId(), at, "payment",
                event.invoiceId(), event.amount(), PaidVia.orOwner(event.via()).code()));
    }

    @EventHandler
    void on(InvoiceDisputed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        feed.add(InvoicesProjection.GROUP, new OwnerFeed.Item(eventId, event.businessId(), event.customerId(), at, "disputed",
                event.invoiceId(), null, event.reason().code()));
    }

    @ResetHandler
    void reset() {
        feed.clear(InvoicesProjection.GROUP);
    }
}
