package network.khata.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.testsupport.names.IndianNameCorpus;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for {@code scripts/bench-search.sh}, not a test. Against a service already running on this machine,
 * with the benchmark's customers loaded ({@link SearchBenchLoad}): {@code clients} threads search the big business
 * with the corpus's day of queries (full names, beginnings, typos, other spellings and scripts, numbers and their
 * ends), each sending its next request when the last is answered; a warm-up, then the measured period. Reports end
 * to end latency, the service's own {@code search_took_ms}, requests/s, and how often the customer a labelled query
 * names was among the answers (a customer of that name: at this size a name is often shared).
 */
public final class SearchBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUERIES = 20_000;

    private final String base;
    private final String token;
    private final List<IndianNameCorpus.Query> queries;
    private final List<IndianNameCorpus.Customer> customers;

    private SearchBench(String base, String token, SearchBenchCorpus corpus) {
        this.base = base;
        this.token = token;
        this.customers = corpus.bigBusiness();
        this.queries = new IndianNameCorpus(SearchBenchCorpus.SEED + 1).benchmarkQueries(customers, QUERIES);
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String engine = args[1];
        int warmupSeconds = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        SearchBenchCorpus corpus = SearchBenchCorpus.of(Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]));
        Path resultFile = Path.of(args[8]);
        HttpClient http = HttpClient.newHttpClient();
        String mint = "{\"business_name\": \"Search Bench Shop\", \"business_id\": \"" + SearchBenchCorpus.BIG_BUSINESS + "\"}";
        JsonNode token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/dev/owner-tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(mint)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        SearchBench bench = new SearchBench(base, token.get("token").asText(), corpus);
        System.out.printf("%s: warm-up %d s%n", engine, warmupSeconds);
        bench.run(warmupSeconds, clients);
        System.out.printf("%s: measuring %d s%n", engine, seconds);
        Run run = bench.run(seconds, clients);
        String result = String.join(System.lineSeparator(),
                String.format("search benchmark, engine %s: %d customers in the business searched, %d in all across %d businesses; "
                                + "%d clients, driver on the same machine (%d cores), %d s after a %d s warm-up",
                        engine, corpus.inBigBusiness(), corpus.customers().size(), corpus.businesses(), clients,
                        Runtime.getRuntime().availableProcessors(), seconds, warmupSeconds),
                String.format("  %d answered = %.0f requests/s; statuses %s", run.endToEnd.size(), run.endToEnd.size() / (double) seconds, run.statuses),
                "  end to end:     " + Percentiles.ofMicros(run.endToEnd),
                "  search_took_ms: " + Percentiles.of(run.tookMs),
                "  labelled queries whose customer was answered, by kind: " + run.foundByKind);
        StringBuilder kinds = new StringBuilder(result);
        run.byKind.forEach((kind, micros) -> kinds.append(System.lineSeparator()).append(String.format("  %-22s %s", kind, Percentiles.ofMicros(micros))));
        result = kinds.toString();
        System.out.println(result);
        Files.createDirectories(resultFile.toAbsolutePath().getParent());
        Files.writeString(resultFile, result + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.exit(0);
    }

    /** A status and body; over HttpURLConnection, which keeps the connection and costs the shared cores less. */
    private record Answer(int statusCode, byte[] body) {
    }

    private Answer get(String path) throws java.io.IOException {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("X-Business-ID", SearchBenchCorpus.BIG_BUSINESS.toString());
        int status = connection.getResponseCode();
        try (java.io.InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return new Answer(status, body == null ? new byte[0] : body.readAllBytes());
        }
    }

    private record Run(List<Long> endToEnd, List<Long> tookMs, Map<Integer, Long> statuses, Map<String, String> foundByKind,
                       Map<String, List<Long>> byKind) {
    }

    private Run run(int seconds, int clients) throws Exception {
        List<Long> endToEnd = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> tookMs = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        Map<String, long[]> found = new ConcurrentHashMap<>();
        Map<String, List<Long>> byKind = new ConcurrentHashMap<>();
        AtomicLong next = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    IndianNameCorpus.Query query = queries.get((int) (next.getAndIncrement() % queries.size()));
                    long started = System.nanoTime();
                    Answer response = get("/api/customers/search?limit=10&q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
                    long micros = (System.nanoTime() - started) / 1_000;
                    endToEnd.add(micros);
                    byKind.computeIfAbsent(query.kind(), kind -> java.util.Collections.synchronizedList(new ArrayList<>())).add(micros);
                    statuses.merge(response.statusCode(), 1L, Long::sum);
                    if (response.statusCode() == 200) {
                        JsonNode body = JSON.readTree(response.body());
                        tookMs.add(body.get("search_took_ms").asLong());
                        if (query.expected() >= 0) {
                            String name = customers.get(query.expected()).name();
                            boolean answered = false;
                            for (JsonNode result : body.get("results")) {
                                answered |= name.equals(result.path("name").asText()) && !result.hasNonNull("action");
                            }
                            long[] counts = found.computeIfAbsent(query.kind(), kind -> new long[2]);
                            synchronized (counts) {
                                counts[0] += answered ? 1 : 0;
                                counts[1]++;
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        Map<String, String> foundByKind = new TreeMap<>();
        found.forEach((kind, counts) -> foundByKind.put(kind, String.format("%d/%d", counts[0], counts[1])));
        return new Run(endToEnd, tookMs, statuses, foundByKind, new TreeMap<>(byKind));
    }
}
