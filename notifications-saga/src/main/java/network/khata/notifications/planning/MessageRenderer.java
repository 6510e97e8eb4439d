package network.khata.notifications.planning;

import network.khata.api.documents.InvoiceDocument;
import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.invoices.Money;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.messaging.MessageContent;
import network.khata.api.messaging.MessageTemplate;
import network.khata.notifications.sms.SmsTemplate;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Email texts in ten languages (Hindi the default, English, and the eight others of {@code SmsTemplate.LANGUAGES}):
 * what the SMS templates say ({@link SmsTexts}),
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

    private static final Map<String, Words> OTHERS = Map.ofEntries(
            Map.entry("mr", new Words(
                    "%s: बिल %s, ₹%s चे, तयार आहे.",
                    "तातडीचे, %s कडून: बिल %s वर ₹%s थकबाकी आहे.",
                    "%1$s कडून आठवण: बिल %3$s वर ₹%2$s थकबाकी आहे.",
                    "देय तारीख %s.",
                    "पैसे भरा: %s",
                    "%2$s कडून बिल %1$s",
                    "प्रिय %s,",
                    "%s: बिल %s साठी ₹%s मिळाले, धन्यवाद.",
                    "₹%s अजून बाकी आहे.",
                    "बिलाचे पूर्ण पैसे भरले आहेत.",
                    "%2$s कडून बिल %1$s ची पावती")),
            Map.entry("gu", new Words(
                    "%s: બિલ %s, ₹%sનું, તૈયાર છે.",
                    "તાકીદનું, %s તરફથી: બિલ %s પર ₹%s બાકી છે.",
                    "%1$s તરફથી યાદ: બિલ %3$s પર ₹%2$s બાકી છે.",
                    "ચૂકવવાની તારીખ %s.",
                    "ચૂકવો: %s",
                    "%2$s તરફથી બિલ %1$s",
                    "પ્રિય %s,",
                    "%s: બિલ %s માટે ₹%s મળ્યા, આભાર.",
                    "₹%s હજી બાકી છે.",
                    "બિલ પૂરું ચૂકવાઈ ગયું છે.",
                    "%2$s તરફથી બિલ %1$sની રસીદ")),
            Map.entry("bn", new Words(
                    "%s: বিল %s, ₹%s, তৈরি।",
                    "জরুরি, %s-এর পক্ষ থেকে: বিল %s-এ ₹%s বাকি।",
                    "%1$s-এর পক্ষ থেকে মনে করিয়ে দেওয়া: বিল %3$s-এ ₹%2$s বাকি।",
                    "শেষ তারিখ %s।",
                    "টাকা দিন: %s",
                    "%2$s থেকে বিল %1$s",
                    "প্রিয় %s,",
                    "%s: বিল %s-এর জন্য ₹%s পাওয়া গেছে, ধন্যবাদ।",
                    "₹%s এখনও বাকি।",
                    "বিলের পুরো টাকা দেওয়া হয়েছে।",
                    "%2$s থেকে বিল %1$s-এর রসিদ")),
            Map.entry("ta", new Words(
                    "%s: பில் %s, ₹%s, தயார்.",
                    "அவசரம், %s: பில் %s-இல் ₹%s நிலுவையில் உள்ளது.",
                    "%1$s நினைவூட்டல்: பில் %3$s-இல் ₹%2$s நிலுவையில் உள்ளது.",
                    "கடைசி தேதி %s.",
                    "செலுத்த: %s",
                    "%2$s கடையிலிருந்து பில் %1$s",
                    "அன்புள்ள %s,",
                    "%s: பில் %s-க்கு ₹%s பெற்றோம், நன்றி.",
                    "₹%s இன்னும் நிலுவையில் உள்ளது.",
                    "பில் முழுவதும் செலுத்தப்பட்டது.",
                    "%2$s கடையிலிருந்து பில் %1$s-க்கான ரசீது")),
            Map.entry("te", new Words(
                    "%s: బిల్లు %s, ₹%s, సిద్ధంగా ఉంది.",
                    "అత్యవసరం, %s నుండి: బిల్లు %sపై ₹%s బాకీ ఉంది.",
                    "%1$s నుండి గుర్తుచేత: బిల్లు %3$sపై ₹%2$s బాకీ ఉంది.",
                    "గడువు %s.",
                    "చెల్లించండి: %s",
                    "%2$s నుండి బిల్లు %1$s",
                    "ప్రియమైన %s,",
                    "%s: బిల్లు %sకు ₹%s అందింది, ధన్యవాదాలు.",
                    "₹%s ఇంకా బాకీ ఉంది.",
                    "బిల్లు పూర్తిగా చెల్లించబడింది.",
                    "%2$s నుండి బిల్లు %1$s రసీదు")),
            Map.entry("kn", new Words(
                    "%s: ಬಿಲ್ %s, ₹%s, ಸಿದ್ಧವಾಗಿದೆ.",
                    "ತುರ್ತು, %s ಅವರಿಂದ: ಬಿಲ್ %s ಮೇಲೆ ₹%s ಬಾಕಿ ಇದೆ.",
                    "%1$s ಅವರಿಂದ ನೆನಪು: ಬಿಲ್ %3$s ಮೇಲೆ ₹%2$s ಬಾಕಿ ಇದೆ.",
                    "ಕೊನೆಯ ದಿನಾಂಕ %s.",
                    "ಪಾವತಿಸಿ: %s",
                    "%2$s ಅವರಿಂದ ಬಿಲ್ %1$s",
                    "ಪ್ರಿಯ %s,",
                    "%s: ಬಿಲ್ %sಗೆ ₹%s ಸ್ವೀಕರಿಸಲಾಗಿದೆ, ಧನ್ಯವಾದಗಳು.",
                    "₹%s ಇನ್ನೂ ಬಾಕಿ ಇದೆ.",
                    "ಬಿಲ್ ಪೂರ್ತಿ ಪಾವತಿಯಾಗಿದೆ.",
                    "%2$s ಅವರಿಂದ ಬಿಲ್ %1$s ರಸೀದಿ")),
            Map.entry("ml", new Words(
                    "%s: ബിൽ %s, ₹%s, തയ്യാർ.",
                    "അടിയന്തരം, %s: ബിൽ %s-ൽ ₹%s കുടിശ്ശികയുണ്ട്.",
                    "%1$s ഓർമ്മപ്പെടുത്തുന്നു: ബിൽ %3$s-ൽ ₹%2$s കുടിശ്ശികയുണ്ട്.",
                    "അവസാന തീയതി %s.",
                    "പണമടയ്ക്കാൻ: %s",
                    "%2$s-ൽ നിന്നുള്ള ബിൽ %1$s",
                    "പ്രിയ %s,",
                    "%s: ബിൽ %s-ന് ₹%s ലഭിച്ചു, നന്ദി.",
                    "₹%s ഇനിയും ബാക്കിയുണ്ട്.",
                    "ബിൽ മുഴുവൻ അടച്ചു.",
                    "%2$s-ൽ നിന്നുള്ള ബിൽ %1$s-ന്റെ രസീത്")),
            Map.entry("pa", new Words(
                    "%s: ਬਿੱਲ %s, ₹%s ਦਾ, ਤਿਆਰ ਹੈ।",
                    "ਜ਼ਰੂਰੀ, %s ਵੱਲੋਂ: ਬਿੱਲ %s ’ਤੇ ₹%s ਬਕਾਇਆ ਹੈ।",
                    "%1$s ਵੱਲੋਂ ਯਾਦ-ਦਹਾਨੀ: ਬਿੱਲ %3$s ’ਤੇ ₹%2$s ਬਕਾਇਆ ਹੈ।",
                    "ਆਖ਼ਰੀ ਤਾਰੀਖ਼ %s।",
                    "ਭੁਗਤਾਨ ਕਰੋ: %s",
                    "%2$s ਵੱਲੋਂ ਬਿੱਲ %1$s",
                    "ਪਿਆਰੇ %s,",
                    "%s: ਬਿੱਲ %s ਲਈ ₹%s ਮਿਲੇ, ਧੰਨਵਾਦ।",
                    "₹%s ਹਾਲੇ ਬਾਕੀ ਹੈ।",
                    "ਬਿੱਲ ਦਾ ਪੂਰਾ ਭੁਗਤਾਨ ਹੋ ਗਿਆ ਹੈ।",
                    "%2$s ਵੱਲੋਂ ਬਿੱਲ %1$s ਦੀ ਰਸੀਦ"))
    );

    /** The language's words: English, Hindi, or one of the eight others; Hindi for a language the service does not write. */
    private static Words words(String language) {
        String code = SmsTemplate.languageOf(language);
        return "en".equals(code) ? ENGLISH : OTHERS.getOrDefault(code, HINDI);
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

    /**
     * The invoice's email; with its PDF, showing {@code pdf} in the email's language, when the owner asked for it.
     */
    static MessageContent invoiceEmail(InvoiceSendRequested invoice, String email, String customerName, String businessName,
                                       String language, String payLink, InvoiceDocument pdf) {
        Words words = words(language);
        MessageContent content = new MessageContent(email, words.subject().formatted(invoice.invoiceNumber(), businessName),
                words.greeting().formatted(customerName) + "\n\n" + invoiceText(invoice, businessName, language, payLink),
                null, null, null, null, SmsTemplate.languageOf(language), null, null);
        return invoice.includePdf() ? content.withAttachment(invoice.invoiceId(), pdf) : content;
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
