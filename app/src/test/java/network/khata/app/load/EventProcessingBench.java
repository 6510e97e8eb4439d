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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import network.khata.api.identity.NetworkIds;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for {@code scripts/bench-events.sh}, not a test. Against a service already running on this machine:
 * registers customers through {@code POST /api/customers/auto-register} from {@code clients} connections as fast as
 * the service takes them (a warm-up, then the measured period), while every second a probe registers one more
 * customer and times how long it takes to become visible in search (over HTTP) and in each read model (in the
 * database). Then it waits for every processing group to reach the head of the log, and replays each replayable group
 * through the admin API, timing it. Everything it sends goes to 127.0.0.1; every loop ends by itself.
 */
public final class EventProcessingBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Where each processing group makes a registered customer visible, looked up by customer id. */
    private static final Map<String, String> READ_MODELS = new LinkedHashMap<>();

    static {
        // each by its primary key: the party (the customer in the probe's business), or the network customer
        READ_MODELS.put("customer-directory", "SELECT 1 FROM parties WHERE id = ?::uuid");
        READ_MODELS.put("network-profiles", "SELECT 1 FROM customer_network_profile WHERE customer_id = ?::uuid");
        READ_MODELS.put("network-analytics", "SELECT 1 FROM analytics_customers WHERE party_id = ?::uuid");
        READ_MODELS.put("notification-planning", "SELECT 1 FROM notification_contacts WHERE party_id = ?::uuid");
    }

    private final String base;
    private final String database;
    private final String admin;
    /** The businesses the load registers customers in, one after another ({@link BenchBusinesses}). */
    private List<Map<String, String>> owners = List.of();
    /** The probe's own small business: searching it costs little, so probing does not load the service it measures. */
    private final Map<String, String> prober = new LinkedHashMap<>();
    private final AtomicLong phones = new AtomicLong();

    private EventProcessingBench(String base, String database, String adminPassword) {
        this.base = base;
        this.database = database;
        this.admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String database = args[1];
        String adminPassword = args[2];
        int warmupSeconds = Integer.parseInt(args[3]);
        int loadSeconds = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        Path resultFile = Path.of(args[6]);
        String result = new EventProcessingBench(base, database, adminPassword).run(warmupSeconds, loadSeconds, clients);
        System.out.println(result);
        Files.createDirectories(resultFile.toAbsolutePath().getParent());
        Files.writeString(resultFile, result + System.lineSeparator());
        System.exit(0);
    }

    private String run(int warmupSeconds, int loadSeconds, int clients) throws Exception {
        owners = BenchBusinesses.owners(base, "Bench Shop", 100);
        prober.putAll(BenchBusinesses.owners(base, "Probe Shop", 1).get(0));
        List<String> lines = new ArrayList<>();
        lines.add("event processing benchmark: " + Runtime.getRuntime().availableProcessors() + " cores, " + clients
                + " client connections, driver on the same machine");

        System.out.printf("warm-up: %d s%n", warmupSeconds);
        load(warmupSeconds, clients, false);
        awaitCaughtUp(Duration.ofMinutes(10));

        System.out.printf("measured load: %d s with a visibility probe every second%n", loadSeconds);
        Map<String, List<Long>> visible = new ConcurrentHashMap<>();
        Load measured = load(loadSeconds, clients, true, visible);
        lines.add(String.format("auto-register: %d answered in %.1f s = %.0f requests/s sustained; statuses %s",
                measured.latencies.size(), measured.seconds, measured.latencies.size() / measured.seconds, measured.statuses));
        lines.add("  latency ms: " + Percentiles.of(measured.latencies));
        lines.add(String.format("  per-second rate: min %d, median %d, max %d", Collections.min(measured.perSecond),
                sorted(measured.perSecond).get(measured.perSecond.size() / 2), Collections.max(measured.perSecond)));
        for (var group : visible.entrySet()) {
            lines.add(String.format("write->visible %-22s ms: %s", group.getKey(), Percentiles.of(group.getValue())));
        }
        long caughtUp = awaitCaughtUp(Duration.ofMinutes(10));
        lines.add(String.format("every group at the head of the log %.1f s after the load stopped", caughtUp / 1000.0));
        lines.add(String.format("code to provider (owner's answer -> code taken by the provider) ms: %s", Percentiles.of(codesOut())));

        for (JsonNode group : adminGet("/admin/processors")) {
            String name = group.get("group").asText();
            if (name.equals("notification-planning") || name.equals("payment-links") || name.equals("message-delivery") || name.equals("invoice-reminders")) {
                continue; // side effects, not read models: not replayable
            }
            long head = group.get("head").asLong();
            long started = System.nanoTime();
            HttpResponse<String> replay = HTTP.send(adminRequest("/admin/processors/" + name + "/replay")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (replay.statusCode() != 202) {
                lines.add("replay " + name + ": refused " + replay.statusCode() + " " + replay.body());
                continue;
            }
            long firstProgress = awaitReplayed(name, head, Duration.ofMinutes(20));
            long ended = System.nanoTime();
            double seconds = (ended - started) / 1e9;
            double fromFirst = (ended - firstProgress) / 1e9;
            lines.add(String.format("replay %-22s %d events in %.1f s = %.0f events/s (first progress after %.1f s, %.0f events/s "
                    + "from there)", name, head + 1, seconds, (head + 1) / seconds, (firstProgress - started) / 1e9,
                    (head + 1) / Math.max(fromFirst, 0.001)));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private record Load(List<Long> latencies, Map<Integer, Long> statuses, List<Long> perSecond, double seconds) {
    }

    private Load load(int seconds, int clients, boolean probe) throws Exception {
        return load(seconds, clients, probe, new ConcurrentHashMap<>());
    }

    private Load load(int seconds, int clients, boolean probe, Map<String, List<Long>> visible) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        long[] perSecond = new long[seconds];
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService workers = Executors.newFixedThreadPool(clients + 1);
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        for (int i = 0; i < clients; i++) {
            workers.submit(() -> {
                while (running.get() && System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    int status = register(owners.get((int) (phones.get() % owners.size()))).status;
                    long now = System.nanoTime();
                    latencies.add((now - sent) / 1_000_000);
                    statuses.merge(status, 1L, Long::sum);
                    int second = (int) ((now - started) / 1_000_000_000L);
                    if (second < seconds) {
                        synchronized (perSecond) {
                            perSecond[second]++;
                        }
                    }
                }
                return null;
            });
        }
        java.util.Queue<Probe> probes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> pollers = probe ? pollers(probes, loading, visible) : List.of();
        if (probe) {
            workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    probe(probes);
                    Thread.sleep(1000);
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        running.set(false);
        loading.set(false);
        double elapsed = (System.nanoTime() - started) / 1e9;
        for (Thread poller : pollers) {
            poller.join(TimeUnit.MINUTES.toMillis(2));
        }
        List<Long> rates = new ArrayList<>();
        for (long count : perSecond) {
            rates.add(count);
        }
        return new Load(latencies, statuses, rates, elapsed);
    }

    /** A customer registered by the probe, and the places it has not been seen in yet. */
    private record Probe(String customerId, String partyId, String phone, long registered, java.time.Instant answered,
                         Set<String> pending) {
    }

    /** The measured load's probes, for the time their codes took to leave for the provider. */
    private final java.util.Queue<Probe> probed = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Registers one customer in the probe's business and hands it to the pollers. */
    private Void probe(java.util.Queue<Probe> probes) throws Exception {
        Answer answer = register(prober);
        String customerId = answer.body.get("customer_id").asText();
        String partyId = NetworkIds.partyId(UUID.fromString(prober.get("X-Business-ID")), UUID.fromString(customerId)).toString();
        Set<String> pending = ConcurrentHashMap.newKeySet();
        pending.add("customer-search");
        pending.addAll(READ_MODELS.keySet());
        Probe registered = new Probe(customerId, partyId, answer.phone, System.nanoTime(), java.time.Instant.now(), pending);
        probes.add(registered);
        probed.add(registered);
        return null;
    }

    /**
     * Two threads look for every probe's customer until it shows (at most 60 s): one in the read models over one
     * database connection every 10 ms, one in search over HTTP every 100 ms. Few threads and one connection, so the
     * probing does not load the service it measures.
     */
    private List<Thread> pollers(java.util.Queue<Probe> probes, AtomicBoolean loading, Map<String, List<Long>> visible) {
        Thread database = new Thread(() -> poll(probes, loading, visible, 10, db -> (probe, group) -> {
            if (!READ_MODELS.containsKey(group)) {
                return false;
            }
            try (PreparedStatement query = db.prepareStatement(READ_MODELS.get(group))) {
                query.setString(1, group.equals("network-profiles") ? probe.customerId() : probe.partyId());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        }), "read-model-poller");
        Thread search = new Thread(() -> poll(probes, loading, visible, 100, db -> (probe, group) -> {
            if (!group.equals("customer-search")) {
                return false;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/customers/search?q="
                    + probe.phone().substring(3) + "&limit=5")).timeout(Duration.ofSeconds(60)).GET();
            prober.forEach(request::header);
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body().contains(probe.customerId());
        }), "search-poller");
        database.start();
        search.start();
        return List.of(database, search);
    }

    private interface Check {
        boolean seen(Probe probe, String group) throws Exception;
    }

    private interface CheckOn {
        Check on(Connection db) throws Exception;
    }

    private void poll(java.util.Queue<Probe> probes, AtomicBoolean loading, Map<String, List<Long>> visible, long everyMillis,
                      CheckOn checks) {
        try (Connection db = DriverManager.getConnection(database, "postgres", "")) {
            Check check = checks.on(db);
            while (loading.get() || probes.stream().anyMatch(probe -> !probe.pending().isEmpty())) {
                for (Probe probe : probes) {
                    if (System.nanoTime() - probe.registered() > TimeUnit.SECONDS.toNanos(60)) {
                        probe.pending().clear();
                    }
                    for (String group : List.copyOf(probe.pending())) {
                        if (check.seen(probe, group) && probe.pending().remove(group)) {
                            visible.computeIfAbsent(group, g -> Collections.synchronizedList(new ArrayList<>()))
                                    .add((System.nanoTime() - probe.registered()) / 1_000_000);
                        }
                    }
                }
                Thread.sleep(everyMillis);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, JsonNode body, String phone) {
    }

    private Answer register(Map<String, String> business) throws Exception {
        long n = phones.incrementAndGet();
        String phone = String.format("+9170%08d", n);
        Answer answer = post("/api/customers/auto-register", business, """
                {"name": "Bench Customer %d", "phone": "%s", "email": "bench%d@example.com"}""".formatted(n, phone, n));
        return new Answer(answer.status, answer.body, phone);
    }

    /**
     * For each probe, how long after the owner's answer its code was taken by the provider: the time its code message was
     * recorded sent ({@code customer_notifications.sent_at}, the {@code NotificationSent} event's time), read once
     * every group is at the head. A code never sent counts as 60 s.
     */
    private List<Long> codesOut() throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT min(sent_at) FROM customer_notifications "
                     + "WHERE customer_id = ?::uuid AND notification_type = 'otp'")) {
            for (Probe probe : probed) {
                query.setString(1, probe.customerId());
                try (ResultSet rows = query.executeQuery()) {
                    java.sql.Timestamp sent = rows.next() ? rows.getTimestamp(1) : null;
                    out.add(sent == null ? 60_000 : Math.max(0, sent.toInstant().toEpochMilli() - probe.answered().toEpochMilli()));
                }
            }
        }
        return out;
    }

    /** Milliseconds until every group's lag is zero. */
    private long awaitCaughtUp(Duration atMost) throws Exception {
        return CaughtUp.await(() -> adminGet("/admin/processors"), atMost);
    }

    /**
     * Until the group has handled every event up to the head it had when its replay began: the read model is rebuilt.
     * Axon's "replaying" flag is not waited for: it stays until an event past that head arrives or the next claim round
     * (up to 5 s later on an idle log), which measured a fixed tail, not the replay.
     *
     * @return when the replay was first seen past the start of the log (its start-up apart from its pace)
     */
    private long awaitReplayed(String group, long head, Duration atMost) throws Exception {
        long started = System.nanoTime();
        long firstProgress = 0;
        while (System.nanoTime() - started < atMost.toNanos()) {
            JsonNode status = adminGet("/admin/processors/" + group);
            long position = status.get("position").asLong();
            if (firstProgress == 0 && status.get("replaying").asBoolean() && position > 0) {
                firstProgress = System.nanoTime();
            }
            if (position >= head) {   // every event up to the head handled: rebuilt (Axon's replay flag clears later,
                return firstProgress == 0 ? System.nanoTime() : firstProgress;   // with the next event or claim round)
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(group + " did not finish its replay within " + atMost);
    }

    private JsonNode adminGet(String path) throws Exception {
        return JSON.readTree(HTTP.send(adminRequest(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpRequest.Builder adminRequest(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", admin);
    }


    private Answer post(String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()), null);
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }
}
