package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 25 (in part): the owner reads every invoice (filters, sorts, pages), one invoice in full, the customers with
 * what each owes, and a customer's ledger, all within the owner's own business.
 */
@PostgresEngineApp
class OwnerReadsHttpTest extends PortalApiTest {

    private record Shop(Owner owner, Customer ravi, Customer asha, String overdue, String later, String large, String paid) {
    }

    /** Ravi: 1,000 due in October (overdue) and 500 due in 2099; Asha: 2,000 without a due date and 300 paid. */
    private Shop shop() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer ravi = registerCustomer(owner, "Ravi Kumar", newPhone(), false);
        Customer asha = registerCustomer(owner, "Asha Devi", newPhone(), false);
        String overdue = invoice(owner, ravi, "A-1", "1000", "2026-10-01", "\"2026-10-15\"");
        String later = invoice(owner, ravi, "A-2", "500", "2026-11-01", "\"2099-12-31\"");
        String large = invoice(owner, asha, "B-1", "2000", "2026-11-10", "null");
        String paid = invoice(owner, asha, "B-2", "300", "2026-11-12", "null");
        assertThat(post("/api/invoices/" + paid + "/payments", owner, "{\"amount\": 300, \"paid_on\": \"2026-11-13\", \"method\": \"cash\"}")
                .status()).isEqualTo(201);
        assertThat(post("/api/invoices/" + overdue + "/payments", owner, "{\"amount\": 400, \"paid_on\": \"2026-11-05\", \"method\": \"upi\"}")
                .status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM invoice_payments WHERE business_id = ?", Long.class, owner.businessId()) == 2);
        return new Shop(owner, ravi, asha, overdue, later, large, paid);
    }

    private String invoice(Owner owner, Customer customer, String number, String amount, String issued, String due) {
        Response created = post("/api/invoices", owner, """
                {"customer_id": "%s", "invoice_number": "%s", "amount": %s, "issue_date": "%s", "due_date": %s}"""
                .formatted(customer.id(), number, amount, issued, due));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("invoice_id").asText();
    }

    private List<String> numbers(Owner owner, String query) {
        Response list = get("/api/invoices?" + query, owner);
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.body().get("invoices").spliterator(), false)
                .map(invoice -> invoice.get("invoice_number").asText()).toList();
    }

    @Test
    void theOwnerFiltersSortsAndPagesTheirInvoicesAndNoOneElses() {
        Shop shop = shop();
        Owner other = newBusiness("Another Shop");
        invoice(other, registerCustomer(other, "Ravi Kumar", shop.ravi().phone(), false), "A-1", "999", "2026-11-01", "null");

        assertThat(numbers(shop.owner(), "")).containsExactly("B-2", "B-1", "A-2", "A-1");
        assertThat(numbers(shop.owner(), "sort=oldest")).containsExactly("A-1", "A-2", "B-1", "B-2");
        assertThat(numbers(shop.owner(), "sort=largest")).containsExactly("B-1", "A-1", "A-2", "B-2");
        assertThat(numbers(shop.owner(), "sort=due")).startsWith("A-1", "A-2").hasSize(4); // then the two without a due date
        assertThat(numbers(shop.owner(), "status=paid")).containsExactly("B-2");
        assertThat(numbers(shop.owner(), "customer_id=" + shop.ravi().id())).containsExactly("A-2", "A-1");
        assertThat(numbers(shop.owner(), "overdue=true")).containsExactly("A-1");
        assertThat(numbers(shop.owner(), "overdue=false")).containsExactly("B-2", "B-1", "A-2");
        assertThat(numbers(shop.owner(), "number=B")).containsExactly("B-2", "B-1");
        assertThat(numbers(shop.owner(), "issued_from=2026-11-01&issued_to=2026-11-10")).containsExactly("B-1", "A-2");
        assertThat(numbers(shop.owner(), "due_from=2026-10-01&due_to=2026-12-31")).containsExactly("A-1");
        assertThat(numbers(other, "")).containsExactly("A-1");

        JsonNode overdue = get("/api/invoices?overdue=true", shop.owner()).body().get("invoices").get(0);
        assertThat(overdue.get("outstanding").decimalValue()).isEqualByComparingTo("600");
        assertThat(overdue.get("days_overdue").asLong()).isPositive();
        assertThat(overdue.get("customer_name").asText()).isEqualTo("Ravi Kumar");

        List<String> paged = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = get("/api/invoices?limit=3&sort=largest" + (cursor.isEmpty() ? "" : "&cursor=" + cursor), shop.owner()).body();
            page.get("invoices").forEach(invoice -> paged.add(invoice.get("invoice_number").asText()));
            cursor = page.get("next_cursor").isNull() ? "" : page.get("next_cursor").asText();
            pages++;
        } while (!cursor.isEmpty());
        assertThat(paged).containsExactly("B-1", "A-1", "A-2", "B-2");
        assertThat(pages).isEqualTo(2);

        Response badCursor = get("/api/invoices?cursor=nonsense", shop.owner());
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(get("/api/invoices?sort=cheapest", shop.owner()).status()).isEqualTo(400);
        assertThat(get("/api/invoices/" + shop.overdue(), other).status()).isEqualTo(404);
    }

    @Test
    void oneInvoiceInFullHasItsPaymentsMessagesRemindersAndPayLink() {
        Shop shop = shop();
        JsonNode detail = get("/api/invoices/" + shop.overdue(), shop.owner()).body();
        assertThat(detail.at("/invoice/invoice_number").asText()).isEqualTo("A-1");
        assertThat(detail.get("payments")).hasSize(1);
        assertThat(detail.at("/payments/0/method").asText()).isEqualTo("upi");
        assertThat(detail.get("payment_link").asText()).contains("/pay/i/");
        assertThat(detail.get("messages").isArray()).isTrue();
        assertThat(detail.at("/reminders/invoice_number").asText()).isEqualTo("A-1");

        JsonNode paid = get("/api/invoices/" + shop.paid(), shop.owner()).body();
        assertThat(paid.get("payment_link").isNull()).isTrue();
        assertThat(paid.at("/invoice/status").asText()).isEqualTo("paid");
    }

    @Test
    void theCustomersListSaysWhoOwesMostAndTheLedgerReconcilesWithIt() {
        Shop shop = shop();
        JsonNode customers = get("/api/customers", shop.owner()).body().get("customers");
        assertThat(customers).hasSize(2);
        assertThat(customers.get(0).get("name").asText()).isEqualTo("Asha Devi");
        assertThat(customers.get(0).get("outstanding").decimalValue()).isEqualByComparingTo("2000");
        assertThat(customers.get(1).get("outstanding").decimalValue()).isEqualByComparingTo("1100");
        assertThat(customers.get(1).get("overdue").decimalValue()).isEqualByComparingTo("600");
        JsonNode overdue = get("/api/customers?overdue=true", shop.owner()).body().get("customers");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("customer_id").asText()).isEqualTo(shop.ravi().id());
        JsonNode firstPage = get("/api/customers?limit=1", shop.owner()).body();
        JsonNode secondPage = get("/api/customers?limit=1&cursor=" + firstPage.get("next_cursor").asText(), shop.owner()).body();
        assertThat(secondPage.at("/customers/0/name").asText()).isEqualTo("Ravi Kumar");
        assertThat(secondPage.get("next_cursor").isNull()).isTrue();

        JsonNode ledger = get("/api/customers/" + shop.ravi().id() + "/ledger", shop.owner()).body();
        assertThat(ledger.get("entries")).extracting(entry -> entry.get("kind").asText() + " " + entry.get("balance").decimalValue().intValue())
                .containsExactly("invoice 1000", "invoice 1500", "payment 1100");
        assertThat(ledger.get("closing_balance").decimalValue()).isEqualByComparingTo(customers.get(1).get("outstanding").decimalValue());

        JsonNode november = get("/api/customers/" + shop.ravi().id() + "/ledger?from=2026-11-01", shop.owner()).body();
        assertThat(november.get("opening_balance").decimalValue()).isEqualByComparingTo("1000");
        assertThat(november.get("entries")).hasSize(2);
        assertThat(november.get("closing_balance").decimalValue()).isEqualByComparingTo("1100");

        Response csv = send("GET", "/api/customers/" + shop.ravi().id() + "/ledger/export?from=2026-11-01", shop.owner().headers(), null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        Response pdf = send("GET", "/api/customers/" + shop.ravi().id() + "/ledger/export?format=pdf", shop.owner().headers(), null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        Owner other = newBusiness("Another Shop");
        assertThat(get("/api/customers/" + shop.ravi().id() + "/ledger", other).status()).isEqualTo(404);
        assertThat(get("/api/customers", other).body().get("customers")).isEmpty();
    }

    /** The money first: owed, overdue by age, collected this period, who owes most, the latest payments. */
    @Test
    void theMoneySummaryAnswersHowMuchIsOwedAndByWhom() {
        Shop shop = shop();
        JsonNode summary = get("/api/money/summary?since=2026-11-01", shop.owner()).body();
        assertThat(summary.get("outstanding").decimalValue()).isEqualByComparingTo("3100"); // 600 + 500 + 2000
        assertThat(summary.get("unpaid_invoices").asLong()).isEqualTo(3);
        assertThat(summary.get("collected").decimalValue()).isEqualByComparingTo("700");
        assertThat(summary.get("payments").asLong()).isEqualTo(2);
        long daysOverdue = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2026, 10, 15),
                java.time.LocalDate.parse(summary.get("today").asText()));
        String bucket = daysOverdue <= 30 ? "0-30" : daysOverdue <= 60 ? "31-60" : daysOverdue <= 90 ? "61-90" : "91+";
        summary.get("overdue").forEach(ageing -> assertThat(ageing.get("amount").decimalValue())
                .isEqualByComparingTo(ageing.get("bucket").asText().equals(bucket) ? "600" : "0"));
        assertThat(summary.get("top_debtors")).extracting(debtor -> debtor.get("name").asText()).containsExactly("Asha Devi", "Ravi Kumar");
        assertThat(summary.get("recent_payments")).extracting(payment -> payment.get("invoice_number").asText()).containsExactly("B-2", "A-1");
    }
}
