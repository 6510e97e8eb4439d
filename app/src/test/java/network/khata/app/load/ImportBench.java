package network.khata.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Importing customers in bulk (issue 26), not a test: {@code scripts/bench-import.sh}. Against a service started for it
 * on this machine: a warm-up import of 5,000 rows, then one file of {@code rows} customers (a tenth with an opening
 * balance) for a new business, followed at {@code /api/jobs/{id}} until done. Reports the upload's answer time, rows/s
 * until every item was worked and until done (every read model current), the CPU of the service and PostgreSQL per row,
 * and, at the moment the job says done, what the read models hold: the analytics' customer count, the search's answer for
 * the last row's phone, and the processors' lag.
 */
public final class ImportBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String admin;

    private ImportBench(String base, String adminPassword) {
        this.base = base;
        this.admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        ImportBench bench = new ImportBench(args[0], args[1]);
        int rows = Integer.parseInt(args[2]);
        long servicePid = Long.parseLong(args[3]);
        Path result = Path.of(args[4]);
        bench.run(5_000, servicePid, null);
        bench.run(rows, servicePid, result);
    }

    private Map<String, String> owner(String name) throws Exception {
        JsonNode minted = send("POST", "/api/dev/owner-tokens", Map.of("Content-Type", "application/json"),
                ("{\"business_name\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8)).body();
        return Map.of("Authorization", "Bearer " + minted.get("token").asText(), "X-Business-ID", minted.get("business_id").asText());
    }

    private static byte[] file(int rows) {
        StringBuilder csv = new StringBuilder("name,phone,email,type,opening_balance\n");
        int start = ThreadLocalRandom.current().nextInt(100_000_000, 500_000_000);          // nine digits after the 9
        for (int i = 0; i < rows; i++) {
            String phone = "9" + (start + i * 3);
            csv.append("Customer ").append(i).append(',').append(phone).append(',')
                    .append(i % 4 == 0 ? "c" + phone + "@example.com" : "").append(',')
                    .append(i % 2 == 0 ? "individual" : "business").append(',')
                    .append(i % 10 == 0 ? "1250.50" : "").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void run(int rows, long servicePid, Path result) throws Exception {
        Map<String, String> owner = owner("Import Bench " + rows);
        byte[] file = file(rows);
        double cpuBefore = ProcessCpu.of(servicePid) + ProcessCpu.postgres();
        long started = System.nanoTime();
        Map<String, String> headers = new java.util.HashMap<>(owner);
        headers.put("Content-Type", "text/csv");
        Answer accepted = send("POST", "/api/customers/imports", headers, file);
        long answered = System.nanoTime();
        if (accepted.status() != 202) {
            String said = accepted.body().toString();
            throw new IllegalStateException("import refused: " + accepted.status() + " " + said.substring(0, Math.min(500, said.length())));
        }
        String url = accepted.body().get("status_url").asText();
        long worked = 0;
        JsonNode job;
        for (;;) {
            job = send("GET", url, owner, null).body();
            String status = job.get("status").asText();
            if (worked == 0 && (status.equals("settling") || status.equals("done"))) {
                worked = System.nanoTime();
            }
            if (status.equals("done")) {
                break;
            }
            Thread.sleep(250);
        }
        long done = System.nanoTime();
        double cpu = ProcessCpu.of(servicePid) + ProcessCpu.postgres() - cpuBefore;
        // what the read models hold the moment the job says done
        long counted = send("GET", "/api/analytics/customer-network?period=last_7_days", owner, null).body()
                .at("/summary/total_customers").asLong();
        String lastPhone = "+91" + lastPhone(file);
        boolean found = send("GET", "/api/customers/search?q=" + java.net.URLEncoder.encode(lastPhone, StandardCharsets.UTF_8), owner, null)
                .body().at("/results/0/type").asText().equals("exact_match");
        long maxLag = 0;
        for (JsonNode group : send("GET", "/admin/processors", Map.of("Authorization", admin), null).body()) {
            maxLag = Math.max(maxLag, group.get("lag_events").asLong());
        }
        if (result == null) {
            return;
        }
        String line = String.format(java.util.Locale.ROOT,
                "import rows=%d answer=%.2fs worked=%.1fs done=%.1fs rows/s(worked)=%.0f rows/s(done)=%.0f cpu/row=%.2fms "
                        + "outcomes=%s at_done: analytics_customers=%d last_row_found_by_search=%s max_processor_lag=%d%n",
                rows, (answered - started) / 1e9, (worked - started) / 1e9, (done - started) / 1e9,
                rows / ((worked - started) / 1e9), rows / ((done - started) / 1e9), 1000 * cpu / rows,
                job.get("outcomes"), counted, found, maxLag);
        System.out.print(line);
        Files.writeString(result, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String lastPhone(byte[] file) {
        String[] lines = new String(file, StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1].split(",")[1];
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer send(String method, String path, Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
    }
}
