package network.khata.app.payments;

import network.khata.api.invoices.Money;
import network.khata.query.documents.Languages;
import network.khata.query.payments.Payable;
import org.springframework.web.util.HtmlUtils;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pay pages' HTML in the ten languages of {@link #LANGUAGES} (texts in {@code i18n/pay_<code>.properties}, a switch
 * to the others on every page): small, mobile-first, no script. A page shows the
 * business, the invoice number, what was billed, paid and is due, the due date, the ways to pay (UPI only up to what one
 * UPI payment may carry) and what happens after paying; nothing about the customer.
 */
public final class PayPages {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The languages the pages speak, in the order the switch lists them. */
    static final List<String> LANGUAGES = Languages.CODES;

    /** One language's texts ({@code i18n/pay_<code>.properties}, UTF-8). */
    private record Words(String lang, ResourceBundle texts) {
        String of(String key) {
            return texts.getString(key);
        }
    }

    private PayPages() {
    }

    /** The language asked for ({@code ?lang=}), else the browser's first that the pages speak, else Hindi. */
    static String language(String requested, String acceptLanguage) {
        if (requested != null && LANGUAGES.contains(requested)) {
            return requested;
        }
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String code = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
                code = code.length() > 2 ? code.substring(0, 2) : code;
                if (LANGUAGES.contains(code)) {
                    return code;
                }
            }
        }
        return "hi";
    }

    /** @param qrPath the path of this page's QR code image */
    static String payable(Payable payable, String language, String qrPath) {
        Words words = words(language);
        StringBuilder body = new StringBuilder()
                .append("<h1>").append(escape(words.of("title").formatted(payable.businessName()))).append("</h1>\n<dl>\n");
        if (payable.invoiceNumber() != null) {
            row(body, words.of("invoice"), "invoice-number", payable.invoiceNumber());
        } else {
            body.append("<dt>").append(escape(words.of("balance"))).append("</dt><dd></dd>\n");
        }
        row(body, payable.invoiceNumber() != null ? words.of("billed") : words.of("billedBalance"), "amount-billed", rupees(payable.billed()));
        if (payable.paidSoFar().signum() > 0) {
            row(body, words.of("paidSoFar"), "amount-paid", rupees(payable.paidSoFar()));
        }
        row(body, words.of("amountDue"), "amount-due", rupees(payable.amountDue()));
        if (payable.dueDate() != null && !payable.paid()) {
            row(body, words.of("dueDate"), "due-date", DATE.format(payable.dueDate()));
        }
        body.append("</dl>\n");
        if (payable.paid()) {
            body.append("<p class=\"paid\" id=\"paid\">")
                    .append(escape(payable.invoiceNumber() == null ? words.of("nothingDue") : words.of("paid"))).append("</p>\n");
            return page(words, words.of("title").formatted(payable.businessName()), body);
        }
        payable.upiUri().ifPresent(uri -> {
            if (payable.beyondUpiLimit()) {
                body.append("<p class=\"note\" id=\"upi-limit\">").append(escape(words.of("upiLimit").formatted(
                        Money.indian(Payable.UPI_LIMIT), Money.indian(payable.amountDue().subtract(Payable.UPI_LIMIT))))).append("</p>\n");
            }
            body.append("<a class=\"button\" id=\"upi-link\" href=\"").append(escape(uri)).append("\">")
                    .append(escape((payable.beyondUpiLimit() ? words.of("payUpiPart") : words.of("payUpi")).formatted(Money.indian(payable.upiAmount()))))
                    .append("</a>\n")
                    .append("<p>").append(escape(words.of("scan"))).append("</p>\n")
                    .append("<img id=\"upi-qr\" width=\"240\" height=\"240\" alt=\"UPI QR\" src=\"").append(escape(qrPath)).append("\">\n")
                    .append("<p class=\"note\" id=\"after-upi\">").append(escape(words.of("afterUpi").formatted(payable.businessName()))).append("</p>\n");
        });
        if (payable.providerLink() != null) {
            body.append("<a class=\"button secondary\" id=\"online-link\" href=\"").append(escape(payable.providerLink()))
                    .append("\">").append(escape(words.of("payOnline"))).append("</a>\n")
                    .append("<p class=\"note\" id=\"after-online\">").append(escape(words.of("afterOnline").formatted(payable.businessName())))
                    .append("</p>\n");
        }
        if (payable.upiUri().isEmpty() && payable.providerLink() == null) {
            body.append("<p id=\"offline\">").append(escape(words.of("offline").formatted(payable.businessName()))).append("</p>\n");
        }
        return page(words, words.of("title").formatted(payable.businessName()), body);
    }

    static String notFound(String language) {
        Words words = words(language);
        return page(words, words.of("notFound"), new StringBuilder("<h1>").append(escape(words.of("notFound"))).append("</h1>\n<p>")
                .append(escape(words.of("askForLink"))).append("</p>\n"));
    }

    static String tooManyRequests(String language) {
        Words words = words(language);
        return page(words, words.of("tooMany"), new StringBuilder("<h1>").append(escape(words.of("tooMany"))).append("</h1>\n"));
    }

    private static String rupees(java.math.BigDecimal amount) {
        return "₹" + Money.indian(amount);
    }

    private static void row(StringBuilder body, String label, String id, String value) {
        body.append("<dt>").append(escape(label)).append("</dt><dd id=\"").append(id).append("\">")
                .append(escape(value)).append("</dd>\n");
    }

    /** The page, with the switch to every other language the pages speak, each named in itself. */
    private static String page(Words words, String title, StringBuilder body) {
        StringBuilder switcher = new StringBuilder();
        for (String other : LANGUAGES) {
            if (!other.equals(words.lang())) {
                switcher.append("<a lang=\"").append(other).append("\" href=\"?lang=").append(other).append("\">")
                        .append(escape(words(other).of("language"))).append("</a> ");
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s</title>
                <style>%s</style></head>
                <body><nav id="language">%s</nav>
                <main>%s</main></body></html>
                """.formatted(words.lang(), escape(title), STYLE, switcher.toString().strip(), body);
    }

    /** The pages' one style sheet, inline so a page is one request on a slow phone; the CSP allows it by its hash. */
    public static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:28rem;margin:0 auto;padding:1rem;color:#222}"
            + "h1{font-size:1.3rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{color:#666}dd{margin:0;font-weight:600}"
            + "#amount-due{font-size:1.4rem}.button{display:block;text-align:center;padding:.9rem;margin:1rem 0;border-radius:.5rem;"
            + "background:#1a7f37;color:#fff;text-decoration:none;font-weight:600}.secondary{background:#0b5cad}"
            + "img{display:block;margin:0 auto}.paid{color:#1a7f37;font-weight:600}nav{text-align:right;font-size:.85rem;line-height:1.8}"
            + "nav a{margin-left:.5rem}.note{color:#555;font-size:.9rem}";

    private static Words words(String language) {
        return new Words(language, Languages.texts("pay", language));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
