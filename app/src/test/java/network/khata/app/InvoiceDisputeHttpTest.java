package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 28: the customer confirms or disputes an invoice from the portal; the owner sees it and answers, with a credit
 * note or by upholding it; reminders wait meanwhile; both read the same conversation, and the accounts still add up.
 */
@PostgresEngineApp
class InvoiceDisputeHttpTest extends PortalApiTest {

    @Test
    void aDisputeIsSeenByTheOwnerHoldsTheRemindersAndACreditNoteSettlesIt() {
        Owner shop = newBusiness("Fertilizer Shop");
        assertThat(send("PUT", "/api/business/reminder-policy", shop.headers(), "{\"enabled\": true}").status()).isEqualTo(200);
        Customer ravi = registerCustomer(shop, "Ravi Kumar", newPhone(), false);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        String invoice = post("/api/invoices", shop, """
                {"customer_id": "%s", "invoice_number": "D-1", "amount": 2500, "issue_date": "%s", "due_date": "%s"}"""
                .formatted(ravi.id(), today.minusDays(5), today.plusDays(2))).body().get("invoice_id").asText();
        assertThat(post("/api/invoices/" + invoice + "/payments", shop, "{\"amount\": 500, \"paid_on\": \"" + today.minusDays(1) + "\"}")
                .status()).isEqualTo(201);
        String token = signedIn(ravi.phone()).get("token").asText();
        await().until(() -> !reminders(shop, invoice).get("upcoming").isEmpty());

        Response disputed = asCustomer("POST", "/api/customer-portal/invoices/" + invoice + "/dispute", token,
                "{\"reason\": \"wrong_amount\", \"note\": \"We agreed 2,000 for the 10 bags\"}");
        assertThat(disputed.status()).isEqualTo(200);
        assertThat(disputed.body().get("changed").asBoolean()).isTrue();
        await().until(() -> get("/api/invoices?disputed=true", shop).body().get("invoices").size() == 1);
        JsonNode detail = get("/api/invoices/" + invoice, shop).body();
        assertThat(detail.get("invoice").get("customer_say").asText()).isEqualTo("disputed");
        assertThat(detail.get("conversation").get(0).get("reason").asText()).isEqualTo("wrong_amount");
        assertThat(detail.get("conversation").get(0).get("note").asText()).isEqualTo("We agreed 2,000 for the 10 bags");
        // the business's audit trail shows what its customer said, and who said it
        JsonNode audit = get("/api/audit/events?aggregate_id=" + invoice + "&type=InvoiceDisputed", shop).body().get("events");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).at("/metadata/actorKind").asText()).isEqualTo("CUSTOMER");
        assertThat(audit.get(0).at("/payload/reason").asText()).isEqualTo("WRONG_AMOUNT");
        JsonNode held = reminders(shop, invoice);
        assertThat(held.get("paused").asBoolean()).isTrue();
        assertThat(held.get("upcoming")).isEmpty();

        Response answered = post("/api/invoices/" + invoice + "/dispute-answer", shop,
                "{\"resolution\": \"corrected\", \"corrected_amount\": 2000, \"note\": \"Agreed price\"}");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body().get("amount").decimalValue()).isEqualByComparingTo("2000");
        assertThat(answered.body().get("outstanding").decimalValue()).isEqualByComparingTo("1500");
        await().until(() -> reminders(shop, invoice).get("upcoming").size() > 0);
        assertThat(reminders(shop, invoice).get("paused").asBoolean()).isFalse();

        JsonNode said = asCustomer("GET", "/api/customer-portal/invoices/" + invoice + "/conversation", token, null).body();
        assertThat(kinds(said.get("said"))).containsExactly("customer:disputed", "owner:corrected");
        assertThat(said.get("said").get(1).get("credit").decimalValue()).isEqualByComparingTo("500");
        assertThat(said.get("customer_say").isNull()).isTrue();
        assertThat(kinds(get("/api/invoices/" + invoice, shop).body().get("conversation"))).containsExactly("customer:disputed", "owner:corrected");

        // the accounts add up: billed 2,500, paid 500, credited 500, owed 1,500 on every side
        JsonNode ledger = get("/api/customers/" + ravi.id() + "/ledger", shop).body();
        List<String> entries = new ArrayList<>();
        ledger.get("entries").forEach(entry -> entries.add(entry.get("kind").asText() + " " + entry.get("debit").decimalValue().setScale(2)
                + "/" + entry.get("credit").decimalValue().setScale(2)));
        assertThat(entries).containsExactly("invoice 2500.00/0.00", "payment 0.00/500.00", "credit_note 0.00/500.00");
        assertThat(ledger.get("closing_balance").decimalValue()).isEqualByComparingTo("1500");
        assertThat(asCustomer("GET", "/api/customer-portal/balance?business_id=" + shop.businessId(), token, null).body()
                .get("total_outstanding").decimalValue()).isEqualByComparingTo("1500");
        assertThat(get("/api/money/summary", shop).body().get("outstanding").decimalValue()).isEqualByComparingTo("1500");
        assertThat(asCustomer("GET", "/api/customer-portal/statement", token, null).body().get("closing_balance").decimalValue())
                .isEqualByComparingTo("1500");
    }

    @Test
    void anUpheldInvoiceStandsAConfirmationIsKeptAndOnlyTheCustomersOwnInvoiceCanBeDisputed() {
        Owner shop = newBusiness("Kirana");
        Customer asha = registerCustomer(shop, "Asha Devi", newPhone(), false);
        Customer other = registerCustomer(shop, "Someone Else", newPhone(), false);
        String first = invoice(shop, asha, "K-1", "800");
        String second = invoice(shop, asha, "K-2", "300");
        String token = signedIn(asha.phone()).get("token").asText();
        String stranger = signedIn(other.phone()).get("token").asText();

        assertThat(asCustomer("POST", "/api/customer-portal/invoices/" + first + "/dispute", stranger, "{\"reason\": \"not_mine\"}")
                .status()).isEqualTo(404);
        assertThat(asCustomer("POST", "/api/customer-portal/invoices/" + first + "/dispute", token, "{\"reason\": \"because\"}")
                .status()).isEqualTo(400);
        assertThat(asCustomer("POST", "/api/customer-portal/invoices/" + first + "/dispute", token, "{\"reason\": \"not_received\"}")
                .status()).isEqualTo(200);
        Response noDispute = post("/api/invoices/" + second + "/dispute-answer", shop, "{\"resolution\": \"upheld\", \"note\": \"x\"}");
        assertThat(noDispute.status()).isEqualTo(409);
        assertThat(post("/api/invoices/" + first + "/dispute-answer", shop, "{\"resolution\": \"upheld\", \"note\": \"Delivered on the 3rd, signed for\"}")
                .status()).isEqualTo(200);
        Response confirmed = asCustomer("POST", "/api/customer-portal/invoices/" + second + "/confirm", token, null);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(asCustomer("POST", "/api/customer-portal/invoices/" + second + "/confirm", token, null).body().get("changed").asBoolean())
                .isFalse();

        await().until(() -> kinds(asCustomer("GET", "/api/customer-portal/invoices/" + first + "/conversation", token, null)
                .body().get("said")).equals(List.of("customer:disputed", "owner:upheld")));
        await().until(() -> "confirmed".equals(asCustomer("GET", "/api/customer-portal/invoices", token, null).body().get("invoices")
                .findValues("customer_say").stream().filter(JsonNode::isTextual).map(JsonNode::asText).findFirst().orElse(null)));
        assertThat(asCustomer("GET", "/api/customer-portal/invoices/" + first + "/conversation", stranger, null).status()).isEqualTo(404);
        assertThat(post("/api/invoices/" + first + "/payments", shop, "{\"amount\": 800}").status()).isEqualTo(201);
        assertThat(asCustomer("POST", "/api/customer-portal/invoices/" + first + "/dispute", token, "{\"reason\": \"other\"}").status())
                .isEqualTo(409);
    }

    private JsonNode reminders(Owner shop, String invoice) {
        return get("/api/invoices/" + invoice + "/reminders", shop).body();
    }

    private static List<String> kinds(JsonNode said) {
        List<String> kinds = new ArrayList<>();
        said.forEach(entry -> kinds.add(entry.get("said_by").asText() + ":" + entry.get("kind").asText()));
        return kinds;
    }

}
