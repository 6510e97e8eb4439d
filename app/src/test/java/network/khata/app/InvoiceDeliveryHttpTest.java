package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.notifications.email.EmailMessage;
import network.khata.projections.invoices.InvoicesProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import network.khata.notifications.email.LocalEmailOutbox;
import network.khata.notifications.sms.LocalSmsOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Owner creates an invoice, sends it by SMS and email (local adapters), pays it; every read model follows. */
@PostgresEngineApp
class InvoiceDeliveryHttpTest extends HttpApiTest {
    @Autowired
    LocalSmsOutbox sms;
    @Autowired
    LocalEmailOutbox email;
    @Autowired
    EventProcessingConfiguration processing;

    private record Customer(String id, String phone, String email) {
    }

    private Customer customer(Owner owner, boolean withEmail) {
        String phone = "+9197" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String address = withEmail ? "c" + phone.substring(3) + "@example.com" : null;
        Response registered = post("/api/customers/auto-register", owner, """
                {"name": "Ramesh Kumar", "phone": "%s", %s "auto_send_welcome_sms": false}"""
                .formatted(phone, withEmail ? "\"email\": \"" + address + "\"," : ""));
        assertThat(registered.status()).isEqualTo(201);
        return new Customer(registered.body().get("customer_id").asText(), phone, address);
    }

    private JsonNode invoice(Owner owner, Customer customer, String number, String amount) {
        Response created = post("/api/invoices", owner, """
                {"customer_id": "%s", "invoice_number": "%s", "amount": %s, "issue_date": "2026-11-20", "due_date": "2026-12-05"}"""
                .formatted(customer.id(), number, amount));
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    @Test
    void theSendAnswerHasTheSpecsFieldsEachChannelQueuedWithItsRecipient() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer customer = customer(owner, true);
        String invoiceId = invoice(owner, customer, "INV-101", "900").get("invoice_id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM parties WHERE customer_id = ?::uuid", Long.class, customer.id()) == 1);

        Response sent = post("/api/invoices/" + invoiceId + "/send-to-customer", owner,
                "{\"customer_id\": \"" + customer.id() + "\", \"channels\": [\"email\", \"sms\"]}");

        assertThat(sent.status()).isEqualTo(202);
        JsonNode body = sent.body();
        assertThat(body.get("channels_sent")).extracting(JsonNode::asText).containsExactly("sms", "email");
        assertThat(body.at("/sms/status").asText()).isEqualTo("queued");
        assertThat(body.at("/sms/recipient").asText()).isEqualTo(customer.phone());
        assertThat(body.at("/sms/message_id").asText()).isEqualTo(body.at("/channels/sms/message_id").asText());
        assertThat(body.at("/email/status").asText()).isEqualTo("queued");
        assertThat(body.at("/email/recipient").asText()).isEqualTo(customer.email());
        assertThat(body.get("status_url").asText()).isEqualTo("/api/notifications/" + body.get("notification_id").asText());

        Response smsOnly = post("/api/invoices/" + invoiceId + "/send-to-customer", owner,
                "{\"customer_id\": \"" + customer.id() + "\", \"channels\": [\"sms\"]}");
        assertThat(smsOnly.body().get("email").isNull()).isTrue();
    }

    /** Issue 24 (in part): one status per message, and the invoice knows its customer; another one is refused. */
    @Test
    void theSendAnswerSaysQueuedOnceAndTheCustomerMayBeLeftOut() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer customer = customer(owner, true);
        String invoiceId = invoice(owner, customer, "INV-102", "900").get("invoice_id").asText();

        Response sent = post("/api/invoices/" + invoiceId + "/send-to-customer", owner, "{\"channels\": [\"sms\", \"email\"]}");
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.body().get("customer_id").asText()).isEqualTo(customer.id());
        for (String channel : List.of("sms", "email")) {
            assertThat(sent.body().at("/" + channel + "/status").asText()).isEqualTo("queued");
            assertThat(sent.body().at("/channels/" + channel + "/status").asText()).isEqualTo("queued");
        }
        Customer other = customer(owner, false);
        Response refused = post("/api/invoices/" + invoiceId + "/send-to-customer", owner,
                "{\"customer_id\": \"" + other.id() + "\", \"channels\": [\"sms\"]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asText()).contains("customer_id");
    }

    /** Issue 24: the answer says which channels go now, which wait as a fallback, and which cannot reach the customer. */
    @Test
    void theSendAnswerSaysWhatThePlannerWillDoWithEachChannel() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer customer = customer(owner, false);
        String invoiceId = invoice(owner, customer, "INV-103", "900").get("invoice_id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM notification_contacts WHERE customer_id = ?::uuid", Long.class, customer.id()) == 1);

        Response sent = post("/api/invoices/" + invoiceId + "/send-to-customer", owner,
                "{\"channels\": [\"sms\", \"whatsapp\", \"email\"]}");
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.body().at("/sms/status").asText()).isEqualTo("queued");
        assertThat(sent.body().at("/whatsapp/status").asText()).isEqualTo("fallback");
        assertThat(sent.body().at("/whatsapp/reason").asText()).isEqualTo("after_sms");
        assertThat(sent.body().at("/email/status").asText()).isEqualTo("suppressed");
        assertThat(sent.body().at("/email/reason").asText()).isEqualTo("no_email_address");
        assertThat(sent.body().at("/channels/email/status").asText()).isEqualTo("suppressed");
        assertThat(sent.body().get("channels_sent").toString()).isEqualTo("[\"sms\"]");
        assertThat(sent.body().get("channels_requested").toString()).isEqualTo("[\"sms\",\"email\",\"whatsapp\"]");
    }

    @Test
    void anInvoiceSentBySmsAndEmailReachesBothWithLinkAndPdfAndIsReported() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer customer = customer(owner, true);
        JsonNode invoice = invoice(owner, customer, "INV-001", "2500");
        assertThat(invoice.get("status").asText()).isEqualTo("unpaid");
        String invoiceId = invoice.get("invoice_id").asText();

        Response sent = post("/api/invoices/" + invoiceId + "/send-to-customer", owner, """
                {"customer_id": "%s", "channels": ["sms", "email"], "message_template": "default",
                 "include_payment_link": true, "include_pdf_attachment": true}""".formatted(customer.id()));

        assertThat(sent.status()).isEqualTo(202);
        String notificationId = sent.body().get("notification_id").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(sms.sentTo(customer.phone())).singleElement()
                    .satisfies(m -> assertThat(m.text()).contains("INV-001", "2,500.00", paymentLinks.shortForInvoice(java.util.UUID.fromString(invoiceId)).url(), "Fertilizer Shop"));
            assertThat(email.sentTo(customer.email())).singleElement().satisfies(m -> {
                assertThat(m.subject()).contains("INV-001");
                assertThat(m.attachments()).singleElement().satisfies(pdf -> {
                    assertThat(pdf.fileName()).isEqualTo("INV-001.pdf");
                    assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                });
            });
        });
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            JsonNode status = get("/api/notifications/" + notificationId, owner).body();
            assertThat(status.get("messages").findValuesAsText("status")).containsExactly("sent", "sent");
        });
        String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();
        JsonNode report = get("/api/notifications/delivery-report?date_from=" + today + "&date_to=" + today, owner).body();
        assertThat(report.get("summary").get("total_sent").asLong()).isEqualTo(2);
        assertThat(report.get("summary").get("successful").asLong()).isEqualTo(2);
        assertThat(report.get("by_channel").get("sms").get("sent").asLong()).isEqualTo(1);
        assertThat(report.get("by_channel").get("email").get("sent").asLong()).isEqualTo(1);
        assertThat(report.get("by_type").get("invoice_created").get("sent").asLong()).isEqualTo(2);
    }

    /**
     * Issue 23: delivery renders what the message carries. With the invoices read model stopped, the email still goes
     * out at once, its PDF showing the invoice as it was sent, in the email's language: the same PDF the owner downloads
     * in that language once the read model is back (before, the message waited for that read model, and a slow one
     * held every invoice email up).
     */
    @Test
    void anEmailSentBeforeItsInvoiceReachesTheReadModelsGoesAtOnceWithThePdfOfWhatItCarries() throws Exception {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer customer = customer(owner, true);
        StreamingEventProcessor invoices = processing.eventProcessor(InvoicesProjection.GROUP, StreamingEventProcessor.class).orElseThrow();
        invoices.shutDown();
        String invoiceId;
        try {
            invoiceId = invoice(owner, customer, "INV-LATE", "400").get("invoice_id").asText();
            post("/api/invoices/" + invoiceId + "/send-to-customer", owner, """
                    {"customer_id": "%s", "channels": ["email"]}""".formatted(customer.id()));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(email.sentTo(customer.email())).singleElement()
                    .satisfies(m -> assertThat(m.attachments()).singleElement()
                            .satisfies(pdf -> assertThat(pdf.fileName()).isEqualTo("INV-LATE.pdf"))));
        } finally {
            invoices.start();
        }
        byte[] emailed = email.sentTo(customer.email()).get(0).attachments().get(0).content();
        String downloaded = await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> textOf(
                download("/api/invoices/" + invoiceId + "/pdf?lang=hi", owner)), text -> text.contains("INV-LATE"));
        assertThat(textOf(emailed)).as("in the email's language, the customer's (Hindi)").isEqualTo(downloaded)
                .contains("Fertilizer Shop", "INV-LATE", "₹ 400.00");
    }

    private static String textOf(byte[] pdf) throws java.io.IOException {
        return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
    }

    @Test
    void sendingAgainWithTheSameIdempotencyKeySendsNothingMore() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer customer = customer(owner, false);
        String invoiceId = invoice(owner, customer, "INV-7", "100").get("invoice_id").asText();
        Map<String, String> headers = new java.util.HashMap<>(owner.headers());
        headers.put("Idempotency-Key", "send-once");
        String body = "{\"customer_id\": \"" + customer.id() + "\", \"channels\": [\"sms\"]}";

        Response first = send("POST", "/api/invoices/" + invoiceId + "/send-to-customer", headers, body);
        Response again = send("POST", "/api/invoices/" + invoiceId + "/send-to-customer", headers, body);

        assertThat(again.body().get("notification_id")).isEqualTo(first.body().get("notification_id"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(sms.sentTo(customer.phone())).hasSize(1));
    }

    @Test
    void anEmailToACustomerWithoutAnAddressIsSuppressedNotLost() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer customer = customer(owner, false);
        String invoiceId = invoice(owner, customer, "INV-8", "100").get("invoice_id").asText();
        String notificationId = post("/api/invoices/" + invoiceId + "/send-to-customer", owner,
                "{\"customer_id\": \"" + customer.id() + "\", \"channels\": [\"email\"]}").body().get("notification_id").asText();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            JsonNode message = get("/api/notifications/" + notificationId, owner).body().get("messages").get(0);
            assertThat(message.get("status").asText()).isEqualTo("suppressed");
            assertThat(message.get("failure_reason").asText()).isEqualTo("no_email_address");
        });
    }

    @Test
    void paymentsMoveTheInvoiceAndTheSearchBalance() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer customer = customer(owner, false);
        String invoiceId = invoice(owner, customer, "INV-9", "2500").get("invoice_id").asText();

        Response partly = post("/api/invoices/" + invoiceId + "/payments", owner, "{\"payment_id\": \"p1\", \"amount\": 1000, \"method\": \"upi\"}");
        Response repeated = post("/api/invoices/" + invoiceId + "/payments", owner, "{\"payment_id\": \"p1\", \"amount\": 1000, \"method\": \"upi\"}");
        Response tooMuch = post("/api/invoices/" + invoiceId + "/payments", owner, "{\"payment_id\": \"p2\", \"amount\": 1500.01}");

        assertThat(partly.status()).isEqualTo(201);
        assertThat(partly.body().get("status").asText()).isEqualTo("partially_paid");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body().get("amount_paid").decimalValue()).isEqualByComparingTo("1000");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.contentType()).startsWith("application/problem+json");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode found = get("/api/customers/search?q=" + customer.phone().substring(3), owner).body().get("results").get(0);
            assertThat(found.get("total_balance").decimalValue()).isEqualByComparingTo("1500");
            assertThat(found.get("last_invoice").asText()).isEqualTo("2026-11-20");
        });
    }

    @Test
    void invoicesRefuseBadInputAndOtherBusinessesCustomers() {
        Owner owner = newBusiness("Fertilizer Shop");
        Owner other = newBusiness("Book Shop");
        Customer theirs = customer(other, false);
        long events = storedEvents(owner.businessId());

        assertThat(post("/api/invoices", owner, "{\"customer_id\": \"" + theirs.id() + "\", \"invoice_number\": \"X1\", \"amount\": 10}").status())
                .isEqualTo(404);
        Response bad = post("/api/invoices", owner, "{\"customer_id\": \"nope\", \"invoice_number\": \"bad number!\", \"amount\": -1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(post("/api/invoices", owner, "{\"invoice_number\": \"X2\", \"amount\": 10.001, \"customer_id\": \"" + theirs.id() + "\"}").status())
                .isEqualTo(400);
        String theirInvoice = invoice(other, theirs, "INV-1", "10").get("invoice_id").asText();
        assertThat(post("/api/invoices/" + theirInvoice + "/payments", owner, "{\"amount\": 1}").status()).isEqualTo(404);
        assertThat(post("/api/invoices/" + theirInvoice + "/send-to-customer", owner,
                "{\"customer_id\": \"" + theirs.id() + "\", \"channels\": [\"sms\"]}").status()).isEqualTo(404);
        assertThat(post("/api/invoices/" + theirInvoice + "/send-to-customer", owner,
                "{\"customer_id\": \"" + theirs.id() + "\", \"channels\": [\"fax\"]}").status()).isEqualTo(400);
        assertThat(get("/api/invoices/" + theirInvoice + "/pdf", owner).status()).isEqualTo(404);
        assertThat(storedEvents(owner.businessId())).isEqualTo(events);
    }
}
