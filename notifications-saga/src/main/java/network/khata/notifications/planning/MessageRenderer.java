package network.khata.notifications.planning;

import network.khata.api.invoice.InvoiceSendRequested;
import network.khata.api.invoice.Money;
import network.khata.api.invoice.PaymentRecorded;
import network.khata.api.notification.MessageContent;
import network.khata.api.notification.MessageTemplate;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/**
 * Email texts in Hindi ({@code hi}, the default) and English ({@code en}): what the SMS templates say ({@link SmsTexts}),
 * with a greeting, the owner's own words when given, and the amounts grouped the Indian way.
 */
public final class MessageRenderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private MessageRenderer() {
    }

    /**
     * The words of one language. Each text takes its values in English's order (a reminder: business, amount, invoice;
     * a subject: invoice, business); a language that says them in another order numbers them ({@code %2$s}).
     */
    private record Words(String invoiceReady, String urgent, String reminder, String due, String pay, String subject,
                         String greeting, String receipt, String stillDue, String paidInFull, String receiptSubject) {
    }

    private static final Words ENGLISH = new Words(
            "%s: invoice %s for Rs %s is ready.", "URGENT from %s: invoice %s has Rs %s outstanding.",
            "Reminder from %s: Rs %s is outstanding on invoice %s.", "Due %s.", "Pay: %s",
            "Invoice %s from %s", "Dear %s,",
            "%1$s: payment of Rs %3$s received for invoice %2$s, thank you.", "Rs %s is still due.", "The invoice is paid in full.",
            "Receipt for invoice %s from %s");
    private static final Words HINDI = new Words(
            "%s: चालान %s, ₹%s का, तैयार है।", "ज़रूरी, %s की ओर से: चालान %s पर ₹%s बकाया है।",
            "%1$s की ओर से याद दिलाना: चालान %3$s पर ₹%2$s बकाया है।", "देय तिथि %s।", "भुगतान करें: %s",
            "%2$s से चालान %1$s", "प्रिय %s,",
            "%s: चालान %s के लिए ₹%s का भुगतान मिला, धन्यवाद।", "₹%s अभी बाकी है।", "चालान का पूरा भुगतान हो गया।",
            "%2$s से चालान %1$s की रसीद");

    private static Words words(String language) {
        return "en".equalsIgnoreCase(language) ? ENGLISH : HINDI;
    }

    /** @param payLink where the customer pays the invoice */
    static String invoiceText(InvoiceSendRequested invoice, String businessName, String language, String payLink) {
        Words words = words(language);
        String business = businessName == null ? "" : businessName;
        String headline = switch (invoice.template() == null ? MessageTemplate.DEFAULT : invoice.template()) {
            case DEFAULT -> words.invoiceReady().formatted(business, invoice.invoiceNumber(), rupees(invoice.amount()));
            case URGENT -> words.urgent().formatted(business, invoice.invoiceNumber(), rupees(invoice.outstanding()));
            case REMINDER -> words.reminder().formatted(business, rupees(invoice.outstanding()), invoice.invoiceNumber());
        };
        StringBuilder text = new StringBuilder(headline);
        if (invoice.dueDate() != null) {
            text.append(' ').append(words.due().formatted(DATE.format(invoice.dueDate())));
        }
        if (invoice.customMessage() != null && !invoice.customMessage().isBlank()) {
            text.append(' ').append(invoice.customMessage().trim());
        }
        if (invoice.includePaymentLink()) {
            text.append(' ').append(words.pay().formatted(payLink));
        }
        return text.toString();
    }

    static MessageContent invoiceEmail(InvoiceSendRequested invoice, String email, String customerName, String businessName,
                                       String language, String payLink) {
        Words words = words(language);
        return new MessageContent(email, words.subject().formatted(invoice.invoiceNumber(), businessName),
                words.greeting().formatted(customerName) + "\n\n" + invoiceText(invoice, businessName, language, payLink),
                null, invoice.includePdf() ? invoice.invoiceId() : null, null);
    }

    /** A receipt for one payment: how much arrived, for which invoice, and what is still due. */
    static String receiptText(PaymentRecorded payment, String businessName, String language) {
        Words words = words(language);
        String text = words.receipt().formatted(businessName == null ? "" : businessName, payment.invoiceNumber(),
                rupees(payment.amount()));
        BigDecimal outstanding = payment.outstanding();
        return text + ' ' + (outstanding.signum() == 0 ? words.paidInFull() : words.stillDue().formatted(rupees(outstanding)));
    }

    static MessageContent receiptEmail(PaymentRecorded payment, String email, String customerName, String businessName,
                                       String language) {
        Words words = words(language);
        return new MessageContent(email, words.receiptSubject().formatted(payment.invoiceNumber(), businessName),
                words.greeting().formatted(customerName) + "\n\n" + receiptText(payment, businessName, language), null, null, null);
    }

    private static String rupees(BigDecimal amount) {
        return Money.indian(amount);
    }
}
