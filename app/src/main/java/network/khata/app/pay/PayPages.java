package network.khata.app.pay;

import network.khata.api.invoice.Money;
import network.khata.query.pay.Payable;
import org.springframework.web.util.HtmlUtils;

import java.time.format.DateTimeFormatter;

/**
 * The pay pages' HTML, in Hindi ({@code hi}) or English ({@code en}): small, mobile-first, no script. A page shows the
 * business, the invoice number, what was billed, paid and is due, the due date, the ways to pay (UPI only up to what one
 * UPI payment may carry) and what happens after paying; nothing about the customer.
 */
public final class PayPages {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private record Words(String lang, String title, String invoice, String balance, String billed, String billedBalance,
                         String paidSoFar, String amountDue, String dueDate, String payUpi, String payUpiPart, String upiLimit,
                         String scan, String payOnline, String afterUpi, String afterOnline, String paid, String nothingDue,
                         String offline, String notFound, String askForLink, String tooMany, String otherLanguage) {
    }

    private static final Words ENGLISH = new Words("en", "Pay %s", "Invoice", "Your balance", "Invoice amount", "Billed in all",
            "Paid so far", "Amount due", "Due date", "Pay ₹%s with a UPI app", "Pay ₹%s now with a UPI app",
            "One UPI payment can carry at most ₹%s. Pay that much by UPI now, and the rest (₹%s) by UPI again or another way.",
            "Or scan this code with any UPI app", "Pay online (card, net banking, UPI)",
            "After you pay by UPI, keep the UPI reference: %s sees the money in their bank and marks this invoice paid; "
                    + "the link then shows what is still due.",
            "Paid online, this page shows it within a minute, and %s gets word of it at once.",
            "This invoice is paid in full. Thank you!", "Nothing is due. Thank you!",
            "%s has not set up online payment yet; please pay them as usual.",
            "This payment link is not valid", "Please ask the business for a new link.",
            "Too many requests. Please try again in a minute.", "हिन्दी");
    private static final Words HINDI = new Words("hi", "%s को भुगतान करें", "चालान", "आपका बकाया", "चालान की राशि", "कुल बिल",
            "अब तक चुकाया", "बकाया राशि", "देय तिथि", "UPI ऐप से ₹%s का भुगतान करें", "अभी UPI ऐप से ₹%s चुकाएँ",
            "एक UPI भुगतान में अधिक से अधिक ₹%s जा सकते हैं। इतना अभी UPI से चुकाएँ, और बाकी (₹%s) फिर से UPI से या किसी और तरीके से।",
            "या किसी भी UPI ऐप से यह कोड स्कैन करें", "ऑनलाइन भुगतान करें (कार्ड, नेट बैंकिंग, UPI)",
            "UPI से भुगतान के बाद उसका रेफ़रेंस नंबर रख लें: %s अपने बैंक में पैसा देखकर इस चालान को चुकाया हुआ दर्ज करेंगे; "
                    + "फिर यही लिंक बताएगा कि कितना बाकी है।",
            "ऑनलाइन भुगतान एक मिनट में इस पेज पर दिख जाता है, और %s को तुरंत पता चल जाता है।",
            "इस चालान का पूरा भुगतान हो गया है। धन्यवाद!", "कुछ भी बकाया नहीं है। धन्यवाद!",
            "%s ने अभी ऑनलाइन भुगतान की व्यवस्था नहीं की है; कृपया सामान्य तरीके से भुगतान करें।",
            "यह भुगतान लिंक मान्य नहीं है", "कृपया व्यापारी से नया लिंक माँगें।",
            "बहुत अधिक अनुरोध। कृपया एक मिनट बाद फिर कोशिश करें।", "English");

    private PayPages() {
    }

    static String language(String requested, String acceptLanguage) {
        if ("en".equals(requested) || "hi".equals(requested)) {
            return requested;
        }
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase().startsWith("en") ? "en" : "hi";
    }

    /** @param qrPath the path of this page's QR code image */
    static String payable(Payable payable, String language, String qrPath) {
        Words words = words(language);
        StringBuilder body = new StringBuilder()
                .append("<h1>").append(escape(words.title().formatted(payable.businessName()))).append("</h1>\n<dl>\n");
        if (payable.invoiceNumber() != null) {
            row(body, words.invoice(), "invoice-number", payable.invoiceNumber());
        } else {
            body.append("<dt>").append(escape(words.balance())).append("</dt><dd></dd>\n");
        }
        row(body, payable.invoiceNumber() != null ? words.billed() : words.billedBalance(), "amount-billed", rupees(payable.billed()));
        if (payable.paidSoFar().signum() > 0) {
            row(body, words.paidSoFar(), "amount-paid", rupees(payable.paidSoFar()));
        }
        row(body, words.amountDue(), "amount-due", rupees(payable.amountDue()));
        if (payable.dueDate() != null && !payable.paid()) {
            row(body, words.dueDate(), "due-date", DATE.format(payable.dueDate()));
        }
        body.append("</dl>\n");
        if (payable.paid()) {
            body.append("<p class=\"paid\" id=\"paid\">")
                    .append(escape(payable.invoiceNumber() == null ? words.nothingDue() : words.paid())).append("</p>\n");
            return page(words, words.title().formatted(payable.businessName()), body);
        }
        payable.upiUri().ifPresent(uri -> {
            if (payable.beyondUpiLimit()) {
                body.append("<p class=\"note\" id=\"upi-limit\">").append(escape(words.upiLimit().formatted(
                        Money.indian(Payable.UPI_LIMIT), Money.indian(payable.amountDue().subtract(Payable.UPI_LIMIT))))).append("</p>\n");
            }
            body.append("<a class=\"button\" id=\"upi-link\" href=\"").append(escape(uri)).append("\">")
                    .append(escape((payable.beyondUpiLimit() ? words.payUpiPart() : words.payUpi()).formatted(Money.indian(payable.upiAmount()))))
                    .append("</a>\n")
                    .append("<p>").append(escape(words.scan())).append("</p>\n")
                    .append("<img id=\"upi-qr\" width=\"240\" height=\"240\" alt=\"UPI QR\" src=\"").append(escape(qrPath)).append("\">\n")
                    .append("<p class=\"note\" id=\"after-upi\">").append(escape(words.afterUpi().formatted(payable.businessName()))).append("</p>\n");
        });
        if (payable.providerLink() != null) {
            body.append("<a class=\"button secondary\" id=\"online-link\" href=\"").append(escape(payable.providerLink()))
                    .append("\">").append(escape(words.payOnline())).append("</a>\n")
                    .append("<p class=\"note\" id=\"after-online\">").append(escape(words.afterOnline().formatted(payable.businessName())))
                    .append("</p>\n");
        }
        if (payable.upiUri().isEmpty() && payable.providerLink() == null) {
            body.append("<p id=\"offline\">").append(escape(words.offline().formatted(payable.businessName()))).append("</p>\n");
        }
        return page(words, words.title().formatted(payable.businessName()), body);
    }

    static String notFound(String language) {
        Words words = words(language);
        return page(words, words.notFound(), new StringBuilder("<h1>").append(escape(words.notFound())).append("</h1>\n<p>")
                .append(escape(words.askForLink())).append("</p>\n"));
    }

    static String tooManyRequests(String language) {
        Words words = words(language);
        return page(words, words.tooMany(), new StringBuilder("<h1>").append(escape(words.tooMany())).append("</h1>\n"));
    }

    private static String rupees(java.math.BigDecimal amount) {
        return "₹" + Money.indian(amount);
    }

    private static void row(StringBuilder body, String label, String id, String value) {
        body.append("<dt>").append(escape(label)).append("</dt><dd id=\"").append(id).append("\">")
                .append(escape(value)).append("</dd>\n");
    }

    private static String page(Words words, String title, StringBuilder body) {
        String other = "en".equals(words.lang()) ? "hi" : "en";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s</title>
                <style>%s</style></head>
                <body><nav><a id="language" href="?lang=%s">%s</a></nav>
                <main>%s</main></body></html>
                """.formatted(words.lang(), escape(title), STYLE, other, escape(words.otherLanguage()), body);
    }

    /** The pages' one style sheet, inline so a page is one request on a slow phone; the CSP allows it by its hash. */
    public static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:28rem;margin:0 auto;padding:1rem;color:#222}"
            + "h1{font-size:1.3rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{color:#666}dd{margin:0;font-weight:600}"
            + "#amount-due{font-size:1.4rem}.button{display:block;text-align:center;padding:.9rem;margin:1rem 0;border-radius:.5rem;"
            + "background:#1a7f37;color:#fff;text-decoration:none;font-weight:600}.secondary{background:#0b5cad}"
            + "img{display:block;margin:0 auto}.paid{color:#1a7f37;font-weight:600}nav{text-align:right}.note{color:#555;font-size:.9rem}";

    private static Words words(String language) {
        return "en".equals(language) ? ENGLISH : HINDI;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
