package network.khata.notifications.planning;

import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.PaidVia;
import network.khata.api.payments.PayTokens;
import network.khata.api.payments.PaymentLinks;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageContent;
import network.khata.api.messaging.MessageTemplate;
import network.khata.notifications.sms.SmsTemplate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a customer reads, in one file a reviewer reads: each purpose in each language on each channel (SMS,
 * WhatsApp, email subject and body), rendered with realistic values. A change to any text shows in the golden file's
 * diff. After an intended change: {@code mvn -pl notifications-saga test -Dtest=MessageTextsGoldenTest
 * -Dgolden.update=true}, then read the diff.
 */
class MessageTextsGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/message-texts.txt");
    private static final UUID BUSINESS = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001");
    private static final UUID CUSTOMER = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000002");
    private static final UUID PARTY = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000003");
    private static final UUID INVOICE = UUID.fromString("6f1c2a4e-0000-4000-8000-000000000004");
    private static final String PHONE = "+919876543210";
    private static final String EMAIL = "ramesh.kumar@example.com";
    private static final String BUSINESS_NAME = "Shree Ganesh Fertilizer";
    private static final String CUSTOMER_NAME = "Ramesh Kumar";
    private static final PaymentLinks LINKS = new PaymentLinks("https://khatanet.in",
            new PayTokens(List.of("a-pay-link-key-for-golden-texts-0123456789")));
    private static final String PORTAL = "https://khatanet.in/portal";

    @Test
    void everyTextReadsAsTheGoldenFileSays() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    private static String render() {
        StringBuilder out = new StringBuilder("# Every message text, rendered by MessageTextsGoldenTest (do not edit by hand)\n");
        for (String language : SmsTemplate.LANGUAGES) {
            for (MessageTemplate template : MessageTemplate.values()) {
                InvoiceSendRequested invoice = invoice(template);
                String link = LINKS.shortForInvoice(INVOICE).url();
                section(out, "invoice " + template.code(), language);
                phone(out, SmsTexts.invoice(invoice, PHONE, BUSINESS_NAME, language, link));
                email(out, MessageRenderer.invoiceEmail(invoice, EMAIL, CUSTOMER_NAME, BUSINESS_NAME, language, link, null));
            }
            InvoiceSendRequested withoutLink = new InvoiceSendRequested(INVOICE, BUSINESS, UUID.randomUUID(), CUSTOMER, PARTY,
                    "INV-2026-001", new BigDecimal("125000.50"), new BigDecimal("125000.50"), LocalDate.of(2026, 11, 20), null,
                    Set.of(Channel.SMS, Channel.EMAIL), MessageTemplate.DEFAULT, "Thank you for your order.", false, false);
            section(out, "invoice default, no due date, the owner's words, no pay link", language);
            phone(out, SmsTexts.invoice(withoutLink, PHONE, BUSINESS_NAME, language, PORTAL));
            email(out, MessageRenderer.invoiceEmail(withoutLink, EMAIL, CUSTOMER_NAME, BUSINESS_NAME, language, LINKS.shortForInvoice(INVOICE).url(), null));
            for (BigDecimal left : List.of(new BigDecimal("50000.00"), BigDecimal.ZERO.setScale(2))) {
                PaymentRecorded payment = payment(left);
                section(out, "receipt, " + (left.signum() == 0 ? "paid in full" : "part paid"), language);
                phone(out, SmsTexts.receipt(payment, PHONE, BUSINESS_NAME, language));
                email(out, MessageRenderer.receiptEmail(payment, EMAIL, CUSTOMER_NAME, BUSINESS_NAME, language));
            }
            section(out, "welcome code (an owner registered the customer)", language);
            sms(out, SmsTexts.code(PHONE, "sealed", BUSINESS_NAME, language, Instant.parse("2026-11-30T10:10:00Z")));
            section(out, "sign-in code", language);
            sms(out, SmsTexts.code(PHONE, "sealed", null, language, Instant.parse("2026-11-30T10:10:00Z")));
            section(out, "to the owner: a customer disputes an invoice", language);
            sms(out, SmsTexts.ownerDispute(PHONE, "Ramesh Kumar", "INV-2026-001", language, "https://khatanet.in/owner"));
            section(out, "to the owner: the person at a customer's number says \"not me\"", language);
            sms(out, SmsTexts.ownerNotMe(PHONE, "+919876543211", "Ramesh Kumar", language));
            section(out, "an owner's or staff member's sign-in code", language);
            sms(out, SmsTexts.teamCode(PHONE, "sealed", language, Instant.parse("2026-11-30T10:10:00Z")));
        }
        return out.toString();
    }

    private static InvoiceSendRequested invoice(MessageTemplate template) {
        return new InvoiceSendRequested(INVOICE, BUSINESS, UUID.randomUUID(), CUSTOMER, PARTY, "INV-2026-001",
                new BigDecimal("125000.50"), new BigDecimal("75000.50"), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 5),
                Set.of(Channel.SMS, Channel.EMAIL), template, null, true, true);
    }

    private static PaymentRecorded payment(BigDecimal outstanding) {
        return new PaymentRecorded(INVOICE, BUSINESS, CUSTOMER, PARTY, "pay-1", new BigDecimal("25000.00"),
                LocalDate.of(2026, 11, 28), "upi", new BigDecimal("125000.50").subtract(outstanding),
                outstanding.signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID,
                "INV-2026-001", new BigDecimal("125000.50"), PaidVia.OWNER);
    }

    private static void section(StringBuilder out, String purpose, String language) {
        out.append("\n## ").append(purpose).append(" [").append(language).append("]\n");
    }

    private static void phone(StringBuilder out, MessageContent content) {
        sms(out, content);
        out.append("whatsapp  template khata_").append(content.template()).append(" (").append(content.language()).append(')');
        int parameter = 1;
        for (String value : content.variablesWithCode("123456").values()) {
            out.append(" {{").append(parameter++).append("}}=").append(value);
        }
        out.append('\n');
    }

    private static void sms(StringBuilder out, MessageContent content) {
        out.append("sms       ").append(content.body().replace(MessageContent.CODE_PLACEHOLDER, "123456")).append('\n');
    }

    private static void email(StringBuilder out, MessageContent content) {
        out.append("subject   ").append(content.subject()).append('\n');
        out.append("body      ").append(content.body().replace("\n", "\n          ")).append('\n');
    }
}
