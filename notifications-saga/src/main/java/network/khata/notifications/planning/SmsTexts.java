package network.khata.notifications.planning;

import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.invoices.Money;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.messaging.MessageContent;
import network.khata.api.messaging.MessageTemplate;
import network.khata.notifications.sms.SmsTemplate;
import network.khata.notifications.sms.SmsValues;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * SMS as DLT templates: picks the registered template for the purpose and fills its variables, each fitted to its
 * limit; the message body is the template filled in, exactly what the carrier delivers. No free text reaches an SMS.
 */
final class SmsTexts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** An invoice without a due date is due when it arrives, in each language's words. */
    private static final Map<String, String> ON_RECEIPT = Map.of("en", "on receipt", "hi", "प्राप्ति पर", "mr", "मिळाल्यावर",
            "gu", "મળ્યે", "bn", "পাওয়ামাত্র", "ta", "பெற்றவுடன்", "te", "అందగానే", "kn", "ಸಿಕ್ಕ ತಕ್ಷಣ", "ml", "ലഭിച്ചാലുടൻ",
            "pa", "ਮਿਲਣ ’ਤੇ");

    private SmsTexts() {
    }

    /** @param payLink where the customer pays the invoice, or sees it when the owner left the pay link out */
    static MessageContent invoice(InvoiceSendRequested invoice, String phone, String businessName, String language, String payLink) {
        MessageTemplate template = invoice.template() == null ? MessageTemplate.DEFAULT : invoice.template();
        SmsTemplate sms = switch (template) {
            case DEFAULT -> SmsTemplate.INVOICE_CREATED;
            case REMINDER -> SmsTemplate.REMINDER;
            case URGENT -> SmsTemplate.URGENT;
        };
        return content(phone, null, sms, language, Map.of(
                "business", businessName == null ? "" : businessName,
                "invoice", invoice.invoiceNumber(),
                "amount", Money.indian(template == MessageTemplate.DEFAULT ? invoice.amount() : invoice.outstanding()),
                "due", invoice.dueDate() == null ? ON_RECEIPT.get(SmsTemplate.languageOf(language)) : DATE.format(invoice.dueDate()),
                "link", payLink));
    }

    static MessageContent receipt(PaymentRecorded payment, String phone, String businessName, String language) {
        return content(phone, null, SmsTemplate.RECEIPT, language, Map.of(
                "business", businessName == null ? "" : businessName,
                "invoice", payment.invoiceNumber(),
                "amount", Money.indian(payment.amount()),
                "balance", Money.indian(payment.outstanding())));
    }

    /** @param businessName the business that registered the customer (a welcome), or null (a sign-in code) */
    static MessageContent code(String phone, String sealedCode, String businessName, String language, Instant validUntil) {
        SmsTemplate template = businessName == null ? SmsTemplate.OTP : SmsTemplate.WELCOME;
        Map<String, String> values = businessName == null ? Map.of("otp", MessageContent.CODE_PLACEHOLDER)
                : Map.of("otp", MessageContent.CODE_PLACEHOLDER, "business", businessName);
        return content(phone, sealedCode, template, language, values, validUntil);
    }

    /** An owner's or staff member's sign-in code: a purpose (and DLT template) of its own. */
    static MessageContent teamCode(String phone, String sealedCode, String language, Instant validUntil) {
        return content(phone, sealedCode, SmsTemplate.TEAM_CODE, language, Map.of("otp", MessageContent.CODE_PLACEHOLDER), validUntil);
    }

    /** To an owner: a customer disputes an invoice; the link opens the owner's page, where the reason is. */
    static MessageContent ownerDispute(String ownerPhone, String customerName, String invoiceNumber, String language, String ownerLink) {
        return content(ownerPhone, null, SmsTemplate.OWNER_DISPUTE, language,
                Map.of("customer", customerName, "invoice", invoiceNumber, "link", ownerLink));
    }

    /** To an owner: the person with a customer's phone says they are not that customer. */
    static MessageContent ownerNotMe(String ownerPhone, String customerPhone, String customerName, String language) {
        return content(ownerPhone, null, SmsTemplate.OWNER_NOT_ME, language, Map.of("phone", customerPhone, "customer", customerName));
    }

    private static MessageContent content(String phone, String sealedCode, SmsTemplate template, String language,
                                          Map<String, String> values) {
        return content(phone, sealedCode, template, language, values, null);
    }

    private static MessageContent content(String phone, String sealedCode, SmsTemplate template, String language,
                                          Map<String, String> values, Instant validUntil) {
        String lang = SmsTemplate.languageOf(language);
        Map<String, String> fitted = SmsValues.fitted(template, lang, values);
        return new MessageContent(phone, null, template.fill(lang, fitted), sealedCode, null, validUntil, template.code(),
                lang, fitted, null);
    }
}
