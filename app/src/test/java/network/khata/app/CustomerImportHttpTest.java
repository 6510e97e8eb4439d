package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An owner's customers in bulk: 10,000 rows with 20 bad ones (every row judged first, the bad ones named, the others
 * imported by a job), the job done only when every read model shows them, a second upload that changes nothing, an
 * Excel file with codes asked for, a dry run, and files that cannot be imported.
 */
@PostgresEngineApp
class CustomerImportHttpTest extends PortalApiTest {
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Response upload(Owner owner, String query, String contentType, byte[] file) {
        Map<String, String> headers = new HashMap<>(owner.headers());
        headers.put("Content-Type", contentType);
        return sendBytes("POST", "/api/customers/imports" + query, headers, file);
    }

    private JsonNode doneJob(Owner owner, Response accepted) {
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        String url = accepted.body().get("status_url").asText();
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(url, owner).body().get("status").asText().equals("done"));
        return get(url, owner).body();
    }

    private static Set<String> phones(int count) {
        Set<String> phones = new LinkedHashSet<>();
        while (phones.size() < count) {
            phones.add("97" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
        }
        return phones;
    }

    @Test
    void tenThousandRowsWithTwentyBadOnesImportTheRestOnceAndNameEachBadRow() {
        Owner owner = newBusiness("Wholesale Kirana");
        List<String> good = new ArrayList<>(phones(9_982));
        StringBuilder csv = new StringBuilder("\uFEFFName,Phone,Email,Type,Opening Balance\n");
        Map<Integer, String> badRows = new HashMap<>();
        int row = 1;
        int next = 0;
        for (int i = 0; i < 10_000; i++) {
            row++;
            if (i % 500 == 7) {                                   // 20 bad rows, 4 kinds of each of 5 ways
                String kind = switch ((i / 500) % 5) {
                    case 0 -> "phone";
                    case 1 -> "name";
                    case 2 -> "email";
                    case 3 -> "opening_balance";
                    default -> "duplicate";
                };
                badRows.put(row, kind.equals("duplicate") ? "phone" : kind);
                csv.append(switch (kind) {
                    case "phone" -> "Bad Phone,12345,,,\n";
                    case "name" -> "," + good.get(9_980) + ",,,\n";
                    case "email" -> "Bad Email," + good.get(9_981) + ",not-an-email,,\n";
                    case "opening_balance" -> "Bad Balance,9812300000,,,-5\n";
                    default -> "Twice," + good.get(0) + ",,,\n";
                });
                continue;
            }
            String phone = good.get(next++);
            csv.append("Customer ").append(i).append(',').append(phone).append(',')
                    .append(i % 3 == 0 ? "c" + phone + "@example.com" : "").append(',')
                    .append(i % 2 == 0 ? "individual" : "Business").append(',')
                    .append(i % 100 == 1 ? "\"1,250.50\"" : "").append('\n');
        }
        assertThat(next).isEqualTo(9_980);
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        Response first = upload(owner, "", CSV, file);
        assertThat(first.body().get("rows").asInt()).isEqualTo(10_000);
        assertThat(first.body().get("accepted").asInt()).isEqualTo(9_980);
        assertThat(first.body().get("refused_count").asInt()).isEqualTo(20);
        Map<Integer, String> refused = new HashMap<>();
        first.body().get("refused").forEach(error -> refused.put(error.get("row").asInt(), error.get("field").asText()));
        assertThat(refused).isEqualTo(badRows);
        assertThat(first.body().get("refused").findValuesAsText("message")).contains("the same phone as row 2");

        JsonNode job = doneJob(owner, first);
        assertThat(job.get("outcomes").toString()).isEqualTo("{\"created\":9980}");
        assertThat(job.get("refused_count").asInt()).isEqualTo(20);
        // done means visible: every read model has the customers the moment the job says so
        assertThat(jdbc.queryForObject("SELECT count(*) FROM parties WHERE business_id = ?", Long.class, owner.businessId()))
                .isEqualTo(9_980);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_search WHERE business_id = ?", Long.class, owner.businessId()))
                .isEqualTo(9_980);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM analytics_customers WHERE business_id = ?", Long.class, owner.businessId()))
                .isEqualTo(9_980);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invoices WHERE business_id = ? AND invoice_number LIKE 'OPENING-%' "
                + "AND amount = 1250.50", Long.class, owner.businessId())).isEqualTo(100);
        assertThat(get("/api/customers/search?q=" + good.get(17), owner).body().get("results").get(0).get("type").asText())
                .isEqualTo("exact_match");
        assertThat(sms.sentTo("+91" + good.get(17))).isEmpty();                              // no code unless asked

        long events = storedEvents(owner.businessId());
        JsonNode again = doneJob(owner, upload(owner, "", CSV, file));
        assertThat(again.get("outcomes").toString()).isEqualTo("{\"already_registered\":9980}");
        assertThat(storedEvents(owner.businessId())).isEqualTo(events);
    }

    @Test
    void anExcelFileImportsWithCodesWhenAskedAndADryRunStoresNothing() throws IOException {
        Owner owner = newBusiness("Seeds and Tools");
        List<String> phones = new ArrayList<>(phones(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Customers");
            String[][] rows = {{"Name", "Mobile", "Email", "Type"}, {"सुनीता देवी", phones.get(0), "", "farmer"},
                    {"Ravi Traders", phones.get(1), "ravi@example.com", "retailer"}, {"No Phone", "", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 1 && !rows[r][c].isEmpty()) {
                        sheet.value(r, c, Long.parseLong(rows[r][c]));           // phones typed as numbers, as Excel keeps them
                    } else if (!rows[r][c].isEmpty()) {
                        sheet.value(r, c, rows[r][c]);
                    }
                }
            }
        }
        byte[] file = out.toByteArray();

        Response dryRun = upload(owner, "?dry_run=true", XLSX, file);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.body().get("accepted").asInt()).isEqualTo(2);
        assertThat(dryRun.body().get("refused").toString()).contains("\"row\":4", "\"field\":\"phone\"");
        assertThat(dryRun.body().get("job_id").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bulk_jobs WHERE business_id = ?", Long.class, owner.businessId())).isZero();

        JsonNode job = doneJob(owner, upload(owner, "?send_codes=true", XLSX, file));
        assertThat(job.get("outcomes").toString()).isEqualTo("{\"created\":2}");
        codeSentTo("+91" + phones.get(0), 1);
        codeSentTo("+91" + phones.get(1), 1);
        assertThat(jdbc.queryForObject("SELECT name FROM parties WHERE business_id = ? AND phone = ?", String.class,
                owner.businessId(), "+91" + phones.get(0))).isEqualTo("सुनीता देवी");
    }

    @Test
    void filesThatCannotBeImportedAreRefusedWithTheReason() {
        Owner owner = newBusiness("Paper Mart");
        Response notAWorkbook = upload(owner, "", XLSX, "name,phone\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notAWorkbook.status()).isEqualTo(422);
        assertThat(notAWorkbook.body().get("type").asText()).isEqualTo("urn:khata:problem:unreadable-file");

        Response noPhone = upload(owner, "", CSV, "name,email\nRamesh,r@example.com\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noPhone.status()).isEqualTo(422);
        assertThat(noPhone.body().get("type").asText()).isEqualTo("urn:khata:problem:missing-column");

        Response allBad = upload(owner, "", CSV, "name,phone\n,123\n".getBytes(StandardCharsets.UTF_8));
        assertThat(allBad.status()).isEqualTo(422);
        assertThat(allBad.body().get("type").asText()).isEqualTo("urn:khata:problem:nothing-to-import");
        assertThat(allBad.body().get("refused").findValuesAsText("field")).containsExactly("name", "phone");

        assertThat(upload(owner, "", "text/plain", "name,phone\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bulk_jobs WHERE business_id = ?", Long.class, owner.businessId())).isZero();
    }
}
