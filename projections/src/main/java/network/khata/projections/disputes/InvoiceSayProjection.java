package network.khata.projections.disputes;

import network.khata.api.disputes.DisputeResolution;
import network.khata.api.disputes.DisputeResolved;
import network.khata.api.disputes.InvoiceConfirmed;
import network.khata.api.disputes.InvoiceCorrected;
import network.khata.api.disputes.InvoiceDisputed;
import network.khata.projections.invoices.InvoicesProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The customer's say on an invoice and the owner's answer: where the invoice stands ({@code invoices.customer_say}) and
 * what each side said ({@code invoice_conversation}, keyed by event id, so redelivery writes nothing twice). In the
 * invoices group, which takes an invoice's events in order; the correction's money is {@link InvoicesProjection}'s.
 */
@Component
@ProcessingGroup(InvoicesProjection.GROUP)
public class InvoiceSayProjection {
    private final JdbcTemplate jdbc;

    public InvoiceSayProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Said(UUID invoiceId, UUID businessId, UUID customerId, String by, String kind, String reason, String note,
                        BigDecimal credit) {
    }

    @EventHandler
    void on(InvoiceConfirmed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        stand(event.invoiceId(), "confirmed");
        record(eventId, at, new Said(event.invoiceId(), event.businessId(), event.customerId(), "customer", "confirmed", null, null, null));
    }

    @EventHandler
    void on(InvoiceDisputed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        stand(event.invoiceId(), "disputed");
        record(eventId, at, new Said(event.invoiceId(), event.businessId(), event.customerId(), "customer", "disputed",
                event.reason().code(), event.note(), null));
    }

    @EventHandler
    void on(InvoiceCorrected event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        record(eventId, at, new Said(event.invoiceId(), event.businessId(), event.customerId(), "owner", "corrected", null,
                event.note(), event.credit()));
    }

    /** A correction is told by its own row (with its credit note); an upheld invoice by this one. */
    @EventHandler
    void on(DisputeResolved event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        stand(event.invoiceId(), null);
        if (event.resolution() == DisputeResolution.UPHELD) {
            record(eventId, at, new Said(event.invoiceId(), event.businessId(), event.customerId(), "owner", "upheld", null,
                    event.note(), null));
        }
    }

    private void stand(UUID invoiceId, String say) {
        jdbc.update("UPDATE invoices SET customer_say = ? WHERE id = ?", say, invoiceId);
    }

    private void record(String eventId, Instant at, Said said) {
        jdbc.update("""
                        INSERT INTO invoice_conversation (event_id, invoice_id, business_id, customer_id, said_at, said_by, kind,
                                                          reason, note, credit)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                eventId, said.invoiceId(), said.businessId(), said.customerId(), java.sql.Timestamp.from(at), said.by(),
                said.kind(), said.reason(), said.note(), said.credit());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM invoice_conversation");
    }
}
