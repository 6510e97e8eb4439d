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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cost of one operation (issue 29), not a test: {@code scripts/bench-cost.sh}. Against a service started for it on
 * this machine, drives one kind of operation from {@code clients} connections for {@code seconds}, waits until every
 * processing group is back at the head of the log, and divides the CPU seconds the service's JVM and PostgreSQL spent
 * from the start of the load to that moment by the operations. Kinds: {@code register} (auto-register, no code),
 * {@code register-code} (auto-register with the welcome code planned, delivered and recorded), both spread over a hundred
 * businesses ({@link BenchBusinesses}), and {@code send} (an
 * invoice sent by SMS and email to a customer registered and invoiced beforehand, outside the measurement); and two
 * reads, for what a team session costs beside the core ledger's owner token (issue 25): {@code read} (the first page of
 * the owner's invoices with the ledger's owner token) and {@code read-team} (the same page with an owner's team session,
 * whose sign-in and role are read on each request).
 */
public final class CostBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int REGISTERING_BUSINESSES = 100;

    private final String base;
    private final String admin;
    private final Map<String, String> owner;
    private final Map<String, String> teamOwner;
    /** The businesses registrations go to, one after another (sends and reads stay with {@link #owner}'s). */
    private final List<Map<String, String>> registering;
    /** Where this run's phone numbers start, so that a run after the warm-up registers numbers new to the network. */
    private final int phones = java.util.concurrent.ThreadLocalRandom.current().nextInt(50_000_000);

    private CostBench(String base, String adminPassword) throws Exception {
        this.base = base;
        this.admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        String ownerPhone = "+91981" + (1_000_000 + phones % 9_000_000);
        JsonNode minted = send("POST", "/api/dev/owner-tokens", Map.of(), "{\"business_name\": \"Cost Bench\", \"owner_phone\": \""
                + ownerPhone + "\"}").body();
        String business = minted.get("business_id").asText();
        this.owner = Map.of("Authorization", "Bearer " + minted.get("token").asText(), "X-Business-ID", business);
        this.teamOwner = Map.of("Authorization", "Bearer " + teamSession(ownerPhone), "X-Business-ID", business);
        this.registering = BenchBusinesses.owners(base, "Cost Bench Shop", REGISTERING_BUSINESSES);
    }

    private record Answer(int status, JsonNode body) {
    }

    /**
     * A team session's access token for the phone, minted with the local profile's key as a sign-in would (of a sign-in
     * family, so each request also asks whether that sign-in was closed); the code by SMS is not what is measured.
     */
    private static String teamSession(String phone) {
        var yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
        yaml.setResources(new org.springframework.core.io.ClassPathResource("application-local.yml"));
        String secret = java.util.Objects.requireNonNull(yaml.getObject()).getProperty("khata.security.customer-jwt.secret");
        return new network.khata.app.security.TeamTokens(secret,
                new network.khata.app.security.TokenSettings.Jwt("smartkhata", Duration.ofHours(24)),
                new network.khata.app.security.TokenSettings.Team(Duration.ofMinutes(15), Duration.ofDays(1)))
                .access(network.khata.api.identity.NetworkIds.memberId(phone), java.util.UUID.randomUUID(), java.time.Instant.now());
    }

    public static void main(String[] args) throws Exception {
        String kind = args[2];
        int seconds = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        long servicePid = Long.parseLong(args[5]);
        Path resultFile = Path.of(args[6]);
        CostBench bench = new CostBench(args[0], args[1]);
        List<String> invoices = kind.equals("send") ? bench.prepareInvoices(clients * 100)
                : kind.startsWith("read") ? bench.prepareInvoices(100) : List.of();
        bench.awaitCaughtUp(Duration.ofMinutes(5));

        long headBefore = bench.head();
        double serviceBefore = ProcessCpu.of(servicePid);
        double postgresBefore = ProcessCpu.postgres();
        long started = System.nanoTime();
        int operations = bench.load(kind, seconds, clients, invoices);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        bench.awaitCaughtUp(Duration.ofMinutes(10));
        double allSeconds = (System.nanoTime() - started) / 1e9;
        double service = ProcessCpu.of(servicePid) - serviceBefore;
        double postgres = ProcessCpu.postgres() - postgresBefore;
        double eventsPerOperation = (double) (bench.head() - headBefore) / operations;

        String line = String.format("%s: %,d operations from %d connections in %.1f s (%.0f/s), every group at the head %.1f s "
                        + "after the start; CPU per operation: service %.2f ms + PostgreSQL %.2f ms = %.2f ms; %.1f events "
                        + "stored per operation (%s)%n",
                kind, operations, clients, loadSeconds, operations / loadSeconds, allSeconds, 1000 * service / operations,
                1000 * postgres / operations, 1000 * (service + postgres) / operations, eventsPerOperation,
                java.time.LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, driver on the same machine");
        System.out.print(line);
        Files.writeString(resultFile, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Customers and their invoices for a send load, made before the measurement starts. */
    private List<String> prepareInvoices(int count) throws Exception {
        List<String> invoices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String customer = send("POST", "/api/customers/auto-register", owner, """
                    {"name": "Customer %d", "phone": "98%08d", "email": "c%d@example.in", "auto_send_welcome_sms": false}"""
                    .formatted(i, phones + i, i)).body().get("customer_id").asText();
            invoices.add(send("POST", "/api/invoices", owner, """
                    {"customer_id": "%s", "invoice_number": "C-%d-%d", "amount": 1250.50}""".formatted(customer, phones, i))
                    .body().get("invoice_id").asText());
        }
        return invoices;
    }

    /** Operations from {@code clients} connections, each as soon as the last answered, until the time or the work is up. */
    private int load(String kind, int seconds, int clients, List<String> invoices) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < until) {
                    int n = next.getAndIncrement();
                    if (kind.equals("send") && n >= invoices.size()) {
                        return null;
                    }
                    if (operation(kind, n, invoices).status() / 100 == 2) {
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        return done.get();
    }

    private Answer operation(String kind, int n, List<String> invoices) throws Exception {
        return switch (kind) {
            case "register", "register-code" -> send("POST", "/api/customers/auto-register", registering.get(n % registering.size()), """
                    {"name": "Registered %d", "phone": "97%08d", "auto_send_welcome_sms": %s}"""
                    .formatted(n, phones + n, kind.equals("register-code")));
            case "send" -> send("POST", "/api/invoices/" + invoices.get(n) + "/send-to-customer", owner,
                    "{\"channels\": [\"sms\", \"email\"]}");
            case "read" -> send("GET", "/api/invoices?limit=20", owner, null);
            case "read-team" -> send("GET", "/api/invoices?limit=20", teamOwner, null);
            default -> throw new IllegalArgumentException("kind: register, register-code, send, read or read-team");
        };
    }

    /** The head of the event log: the last stored event's position. */
    private long head() throws Exception {
        return send("GET", "/admin/processors", Map.of("Authorization", admin), null).body().get(0).get("head").asLong();
    }

    private void awaitCaughtUp(Duration atMost) throws Exception {
        CaughtUp.await(() -> send("GET", "/admin/processors", Map.of("Authorization", admin), null).body(), atMost);
    }

    private Answer send(String method, String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
    }
}
