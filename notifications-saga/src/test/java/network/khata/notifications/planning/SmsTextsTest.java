package network.khata.notifications.planning;

import network.khata.api.identity.NetworkIds;
import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.Money;
import network.khata.api.invoices.PaidVia;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.MessageContent;
import network.khata.api.messaging.MessageTemplate;
import network.khata.notifications.sms.SmsTemplate;
import network.khata.notifications.sms.SmsVariable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SMS purpose in both languages with the extremes of what the service accepts (names of 255 characters in Latin
 * and Devanagari, the largest amount, the longest invoice number): each message names its template and carries only
 * its declared variables, each within its limit, and its text is the template filled in.
 */
class SmsTextsTest {
    private static final UUID BUSINESS = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final String LINK = "https://khata.example/pay/i/" + "A".repeat(43);
    private static final List<String> BUSINESS_NAMES = List.of("Shree Ganesh Fertilizer and Pesticides Traders Pvt Ltd",
            "श्री गणेश खाद एवं कीटनाशक भंडार प्राइवेट लिमिटेड", "Sha".repeat(85), "A", "Lakshminarayana Venkataramanaswamy Krishnamurthy");
    private static final List<String> NUMBERS = List.of("INV-1", "X".repeat(64), "2026/11/" + "9".repeat(50));

    private static List<MessageContent> everyMessage(String language) {
        List<MessageContent> messages = new ArrayList<>();
        for (String business : BUSINESS_NAMES) {
            for (String number : NUMBERS) {
                for (MessageTemplate template : MessageTemplate.values()) {
                    for (LocalDate due : java.util.Arrays.asList(LocalDate.of(2099, 12, 31), null)) {
                        InvoiceSendRequested invoice = new InvoiceSendRequested(NetworkIds.invoiceId(BUSINESS, number), BUSINESS,
                                UUID.randomUUID(), CUSTOMER, NetworkIds.partyId(BUSINESS, CUSTOMER), number, Money.MAX, Money.MAX,
                                LocalDate.of(2000, 1, 1), due, Set.of(Channel.SMS), template, null, true, false);
                        messages.add(SmsTexts.invoice(invoice, "+919876543210", business, language, LINK));
                    }
                }
                PaymentRecorded payment = new PaymentRecorded(UUID.randomUUID(), BUSINESS, CUSTOMER, UUID.randomUUID(), "p",
                        new BigDecimal("0.01"), LocalDate.of(2099, 12, 31), "upi", new BigDecimal("0.01"), InvoiceStatus.PARTIALLY_PAID,
                        number, Money.MAX, PaidVia.OWNER);
                messages.add(SmsTexts.receipt(payment, "+919876543210", business, language));
                messages.add(SmsTexts.code("+919876543210", "sealed", business, language, Instant.now()));
                messages.add(SmsTexts.ownerDispute("+919876543210", business, number, language, LINK));
                messages.add(SmsTexts.ownerNotMe("+919876543210", "+919876543211", business, language));
            }
        }
        messages.add(SmsTexts.code("+919876543210", "sealed", null, language, Instant.now()));
        messages.add(SmsTexts.teamCode("+919876543210", "sealed", language, Instant.now()));
        return messages;
    }

    @Test
    void everyTemplateInBothLanguagesHoldsTheExtremesWithinItsLimits() {
        for (String language : SmsTemplate.LANGUAGES) {
            List<MessageContent> messages = everyMessage(language);
            assertThat(messages).extracting(MessageContent::template).containsAll(
                    java.util.Arrays.stream(SmsTemplate.values()).map(SmsTemplate::code).toList());
            for (MessageContent message : messages) {
                SmsTemplate template = SmsTemplate.fromCode(message.template());
                assertThat(message.language()).isEqualTo(language);
                assertThat(message.variables().keySet())
                        .containsExactlyElementsOf(template.variables(language).stream().map(SmsVariable::key).toList());
                template.variables(language).forEach(variable -> assertThat(message.variables().get(variable.key()))
                        .as("%s %s %s", template, language, variable)
                        .isNotBlank()
                        .satisfies(value -> assertThat(value.codePointCount(0, value.length())).isLessThanOrEqualTo(variable.limit())));
                template.variables(language).stream().filter(variable -> variable != SmsVariable.LINK).forEach(variable ->
                        assertThat(variable.limit()).isLessThanOrEqualTo(SmsVariable.DLT_VARIABLE_LIMIT));
                assertThat(message.body()).isEqualTo(template.fill(language, message.variables())).doesNotContain("##");
            }
        }
    }

    @Test
    void namesAreShortenedRecognisablyAmountsGroupedTheIndianWay() {
        InvoiceSendRequested invoice = new InvoiceSendRequested(UUID.randomUUID(), BUSINESS, UUID.randomUUID(), CUSTOMER,
                UUID.randomUUID(), "INV-42", new BigDecimal("125000.00"), new BigDecimal("125000.00"), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 5), Set.of(Channel.SMS), MessageTemplate.DEFAULT, null, true, false);
        MessageContent sms = SmsTexts.invoice(invoice, "+919876543210", "Shree Ganesh Fertilizer and Pesticides Traders", "en", LINK);
        assertThat(sms.variables()).containsEntry("business", "Shree G. F. a. P. Traders").containsEntry("amount", "1,25,000.00")
                .containsEntry("due", "05-12-2026").containsEntry("invoice", "INV-42");
        assertThat(sms.body()).isEqualTo("Shree G. F. a. P. Traders: invoice INV-42 for Rs 1,25,000.00 is ready. Due 05-12-2026. Pay: " + LINK);
        assertThat(SmsTexts.invoice(invoice, "+919876543210", "खाद भंडार", "hi", LINK).body())
                .isEqualTo("खाद भंडार: चालान INV-42, ₹1,25,000.00 का, तैयार है। देय तिथि 05-12-2026। भुगतान करें: " + LINK);
    }

    @Test
    void aCodeStaysSealedUntilSent() {
        MessageContent code = SmsTexts.code("+919876543210", "sealed", "Dairy", "en", Instant.now());
        assertThat(code.template()).isEqualTo("welcome");
        assertThat(code.variables()).containsEntry("otp", MessageContent.CODE_PLACEHOLDER);
        assertThat(code.variablesWithCode("483920")).containsEntry("otp", "483920").containsEntry("business", "Dairy");
    }

    @Test
    void theReadmeTableIsWhatIsRegistered() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        for (SmsTemplate template : SmsTemplate.values()) {
            for (String language : SmsTemplate.LANGUAGES) {
                assertThat(readme).as("%s %s", template, language)
                        .contains("| `" + template.code() + "` | " + language + " | `" + template.text(language) + "` |");
            }
        }
    }
}
