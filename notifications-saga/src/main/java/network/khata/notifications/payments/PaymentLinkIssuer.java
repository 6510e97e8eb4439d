package network.khata.notifications.payments;

import network.khata.api.payments.AttachPaymentLink;
import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.disputes.InvoiceCorrected;
import network.khata.api.invoices.PaidVia;
import network.khata.api.payments.PaymentLinkAttached;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.payments.RecordPaymentLinkCancelled;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Razorpay payment links for invoices, when Razorpay is configured: an invoice sent with {@code include_payment_link}
 * gets a link for its amount due (unless it has an open one); a payment recorded otherwise cancels the open link, as
 * its amount is no longer what is due (the next send makes a new one). A time-out, 5xx or 429 fails the event, which
 * the group's dead-letter queue retries with backoff; a refusal (4xx) is logged and the UPI page serves alone.
 * Never replayed: replaying would call Razorpay again.
 */
@Component
@ProcessingGroup(PaymentLinkIssuer.GROUP)
public class PaymentLinkIssuer {
    public static final String GROUP = "payment-links";
    public static final String PROVIDER = "razorpay";
    private static final Logger log = LoggerFactory.getLogger(PaymentLinkIssuer.class);

    private final ObjectProvider<RazorpayPaymentLinks> razorpay;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    public PaymentLinkIssuer(ObjectProvider<RazorpayPaymentLinks> razorpay, CommandGateway commands, JdbcTemplate jdbc) {
        this.razorpay = razorpay;
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @EventHandler
    @DisallowReplay
    void on(InvoiceSendRequested event) {
        RazorpayPaymentLinks links = razorpay.getIfAvailable();
        if (links == null || !event.includePaymentLink() || event.outstanding().signum() <= 0 || !openLinks(event.invoiceId()).isEmpty()) {
            return;
        }
        RazorpayPaymentLinks.Link link;
        try {
            link = links.create(new RazorpayPaymentLinks.LinkRequest(event.invoiceId(), event.businessId(),
                    event.invoiceNumber(), event.outstanding(), linksMadeFor(event.invoiceId())));
        } catch (RazorpayException e) {
            if (e.retryable()) {
                throw e;
            }
            log.warn("Razorpay made no payment link for invoice {}: {}", event.invoiceId(), e.getMessage());
            return;
        }
        commands.sendAndWait(new AttachPaymentLink(event.invoiceId(), PROVIDER, link.id(), link.shortUrl()));
    }

    @EventHandler
    @DisallowReplay
    void on(PaymentLinkAttached event) {
        jdbc.update("INSERT INTO provider_payment_links (invoice_id, link_id, url) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                event.invoiceId(), event.linkId(), event.url());
    }

    @EventHandler
    @DisallowReplay
    void on(PaymentRecorded event) {
        RazorpayPaymentLinks links = razorpay.getIfAvailable();
        if (links == null || PaidVia.orOwner(event.via()) == PaidVia.RAZORPAY) {
            return; // Razorpay's links take the whole amount: the link that was paid is done
        }
        cancelOpenLinks(links, event.invoiceId());
    }

    /** A credit note changes what is owed: a link for the old amount must not be paid. */
    @EventHandler
    @DisallowReplay
    void on(InvoiceCorrected event) {
        RazorpayPaymentLinks links = razorpay.getIfAvailable();
        if (links != null) {
            cancelOpenLinks(links, event.invoiceId());
        }
    }

    private void cancelOpenLinks(RazorpayPaymentLinks links, UUID invoiceId) {
        for (String linkId : openLinks(invoiceId)) {
            links.cancel(linkId);
            jdbc.update("UPDATE provider_payment_links SET cancelled = true WHERE invoice_id = ? AND link_id = ?",
                    invoiceId, linkId);
            commands.sendAndWait(new RecordPaymentLinkCancelled(invoiceId, PROVIDER, linkId));
        }
    }

    private List<String> openLinks(UUID invoiceId) {
        return jdbc.queryForList("SELECT link_id FROM provider_payment_links WHERE invoice_id = ? AND NOT cancelled",
                String.class, invoiceId);
    }

    private int linksMadeFor(UUID invoiceId) {
        Integer made = jdbc.queryForObject("SELECT count(*) FROM provider_payment_links WHERE invoice_id = ?", Integer.class, invoiceId);
        return made == null ? 0 : made;
    }
}
