package network.khata.notifications.delivery;

import network.khata.api.invoices.InvoicePdf;
import network.khata.api.invoices.RenderInvoiceDocument;
import network.khata.api.invoices.FindInvoiceAttachment;
import network.khata.api.invoices.InvoiceAttachment;
import network.khata.api.messaging.MessageContent;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.identity.OtpCodec;
import network.khata.notifications.email.EmailMessage;
import network.khata.notifications.email.EmailSender;
import network.khata.notifications.sms.SmsMessage;
import network.khata.notifications.whatsapp.WhatsAppMessage;
import network.khata.notifications.whatsapp.WhatsAppSender;
import network.khata.notifications.sms.SmsSender;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import network.khata.notifications.DeliveryException;

/**
 * Hands a message to the provider of its channel, with its code filled in and its invoice PDF attached, and counts
 * the call's outcome. The call goes through the {@link ProviderCallLedger}: an attempt whose outcome is recorded is not
 * made again when a delivery batch is replayed after a crash.
 */
@Component
public class Couriers {
    private final SmsSender sms;
    private final EmailSender email;
    private final OtpCodec codec;
    private final QueryGateway queries;
    private final ProviderCalls calls;
    private final WhatsAppSender whatsApp;
    private final ProviderCallLedger ledger;

    public Couriers(SmsSender sms, EmailSender email, OtpCodec codec, QueryGateway queries, ProviderCalls calls,
                    WhatsAppSender whatsApp, ProviderCallLedger ledger) {
        this.whatsApp = whatsApp;
        this.ledger = ledger;
        this.sms = sms;
        this.email = email;
        this.codec = codec;
        this.queries = queries;
        this.calls = calls;
    }

    /**
     * @param attempt which attempt of the message this is (from 1): the ledger's key, with the message id
     * @return the provider's message id; @throws DeliveryException when the provider did not take it, {@link
     * ContentNotReady} (uncounted: no provider was called) when the invoice PDF cannot be rendered yet
     */
    public String deliver(NotificationRequested message, int attempt) {
        Supplier<String> handOver;
        try {
            handOver = prepare(message);
        } catch (ContentNotReady e) {
            throw e;
        } catch (DeliveryException e) {
            calls.record(message.channel(), "transient");
            throw e;
        }
        return ledger.call(message.messageId(), attempt, message.channel(), () -> counted(message, handOver));
    }

    private String counted(NotificationRequested message, Supplier<String> handOver) {
        try {
            String providerId = handOver.get();
            calls.record(message.channel(), "sent");
            return providerId;
        } catch (DeliveryException e) {
            calls.record(message.channel(), e.permanent() ? "permanent" : "transient");
            throw e;
        }
    }

    /** The provider call, with everything it sends made ready first (the PDF rendered): only the call is left. */
    private Supplier<String> prepare(NotificationRequested message) {
        MessageContent content = message.content();
        String code = content.sealedCode() == null ? null : codec.unseal(content.sealedCode());
        String body = code == null ? content.body() : content.body().replace(MessageContent.CODE_PLACEHOLDER, code);
        return switch (message.channel()) {
            case SMS -> {
                SmsMessage toSend = new SmsMessage(content.recipient(), body, message.type().code(), message.messageId().toString(),
                        content.template(), content.language(), content.variablesWithCode(code));
                yield () -> sms.send(toSend);
            }
            case EMAIL -> {
                EmailMessage toSend = new EmailMessage(content.recipient(), content.subject(), body, attachments(message),
                        message.messageId().toString());
                yield () -> email.send(toSend);
            }
            case WHATSAPP -> {
                WhatsAppMessage toSend = new WhatsAppMessage(content.recipient(), content.template(), content.language(),
                        List.copyOf(content.variablesWithCode(code).values()), body, document(message), message.messageId().toString());
                yield () -> whatsApp.send(toSend);
            }
        };
    }

    private List<EmailMessage.Attachment> attachments(NotificationRequested message) {
        if (message.content().attachInvoice() == null) {
            return List.of();
        }
        InvoicePdf pdf = pdf(message);
        return List.of(new EmailMessage.Attachment(pdf.fileName(), "application/pdf", pdf.content()));
    }

    private WhatsAppMessage.Document document(NotificationRequested message) {
        if (message.content().attachInvoice() == null) {
            return null;
        }
        InvoicePdf pdf = pdf(message);
        return new WhatsAppMessage.Document(pdf.fileName(), pdf.content());
    }

    /**
     * The PDF of what the message carries ({@link MessageContent#invoice}), rendered without reading anything; a message
     * planned before it carried that reads it from the invoices read model, and waits while the invoice is not there.
     */
    private InvoicePdf pdf(NotificationRequested message) {
        MessageContent content = message.content();
        if (content.invoice() != null) {
            return rendered(new RenderInvoiceDocument(content.invoice(), content.language()), InvoicePdf.class);
        }
        InvoiceAttachment attachment = rendered(new FindInvoiceAttachment(content.attachInvoice(), message.businessId(),
                content.language()), InvoiceAttachment.class);
        if (!attachment.ready()) {
            throw new ContentNotReady("the invoice is not in the read models yet");
        }
        return attachment.pdf();
    }

    private <R> R rendered(Object query, Class<R> answer) {
        try {
            return queries.query(query, answer).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new DeliveryException("the invoice PDF could not be rendered: " + e.getCause(), false, e);
        } catch (TimeoutException e) {
            throw new DeliveryException("the invoice PDF took too long to render", false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while rendering the invoice PDF", false, e);
        }
    }
}
