package network.khata.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import network.khata.app.KhataApplication;
import network.khata.app.Msg91Flows;
import network.khata.testsupport.TestPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Crash driver, not a test: {@code scripts/chaos.sh [kill-once|chaos]}. MSG91 and SendGrid stand-ins run here (each
 * answers in 0.3 s); the service runs as a child process on a fresh database of the machine's PostgreSQL and is
 * killed with SIGKILL and started again on the same database.
 * <ul>
 *   <li>{@code kill-once}: 200 customers and invoices, then 200 sends (SMS + email) at once; the service is killed once
 *       while the 400 messages are being delivered (after the providers have seen 100 of them).</li>
 *   <li>{@code chaos}: 8 clients register a customer, invoice it and send the invoice (SMS + email) without pause,
 *       retrying a failed call with the same idempotency as a real app (the phone, the invoice number, an
 *       {@code Idempotency-Key}), while the service is killed 20 s after each start, for 3 minutes and at least 7
 *       times.</li>
 * </ul>
 * Then it waits for every acknowledged send to reach its final statuses and counts, at the stand-ins, the invoices whose
 * SMS or email never arrived (lost) and those that arrived more than once (twice). Everything runs on 127.0.0.1.
 */
public final class ChaosRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration PROVIDER_DELAY = Duration.ofMillis(300);
    private static final int MIN_KILLS = 7;

    private final WireMockServer msg91 = new WireMockServer(options().dynamicPort().containerThreads(64).bindAddress("127.0.0.1"));
    private final WireMockServer sendGrid = new WireMockServer(options().dynamicPort().containerThreads(64).bindAddress("127.0.0.1"));
    private final Path log;
    private final int port;
    private final String database;
    private Process service;
    private int kills;

    private ChaosRun(Path log) throws IOException {
        this.log = log;
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
        this.database = TestPostgres.jdbcUrl("chaos");
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "kill-once";
        Path result = Path.of(args.length > 1 ? args[1] : "chaos-result.txt").toAbsolutePath();
        Path serviceLog = result.resolveSibling("chaos-service.log");
        Files.deleteIfExists(serviceLog);
        ChaosRun run = new ChaosRun(serviceLog);
        String outcome;
        try {
            run.startProviders();
            run.start();
            outcome = mode.equals("chaos") ? run.chaos(Duration.ofMinutes(3), Duration.ofSeconds(20), 8) : run.killOnce(200);
        } finally {
            run.stop();
        }
        System.out.println(outcome);
        Files.createDirectories(result.getParent());
        Files.writeString(result, outcome + System.lineSeparator());
        System.out.println("written to " + result);
        System.exit(0);
    }

    // --- the two runs ---

    private String killOnce(int invoices) throws Exception {
        Map<String, String> owner = owner();
        List<Sent> prepared = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            prepared.add(prepare(owner, i));
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Sent>> sends = prepared.stream().map(sent -> pool.submit(() -> send(owner, sent))).toList();
        List<Sent> acknowledged = new ArrayList<>();
        for (Future<Sent> send : sends) {
            acknowledged.add(send.get());
        }
        pool.shutdown();
        while (providerCalls() < invoices / 2) {
            Thread.sleep(20);
        }
        int before = providerCalls();
        kill();
        start();
        return report("kill -9 once while " + invoices + " invoices were delivered (SMS + email, " + 2 * invoices
                + " messages; killed after " + before + " provider calls)", owner, acknowledged, started);
    }

    private String chaos(Duration length, Duration killEvery, int clients) throws Exception {
        Map<String, String> owner = owner();
        List<Sent> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (running.get()) {
                    acknowledged.add(send(owner, prepare(owner, next.getAndIncrement())));
                }
                return null;
            });
        }
        long end = System.nanoTime() + length.toNanos();
        while (System.nanoTime() < end || kills < MIN_KILLS) {
            Thread.sleep(killEvery.toMillis());
            kill();
            start();
        }
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
        return report("chaos: " + clients + " clients registering, invoicing and sending (SMS + email) for "
                + (System.nanoTime() - started) / 1_000_000_000 + " s, SIGKILL " + killEvery.toSeconds() + " s after each start",
                owner, acknowledged, started);
    }

    // --- what a client does ---

    private record Sent(int index, String phone, String email, String customerId, String invoiceId, String notificationId) {
    }

    private Sent prepare(Map<String, String> owner, int i) {
        String phone = String.format("+9191%08d", i);
        String email = "c" + i + "@chaos.example";
        String customer = retried("POST", "/api/customers/auto-register", owner, """
                {"name": "Customer %d", "phone": "%s", "email": "%s", "auto_send_welcome_sms": false}""".formatted(i, phone, email))
                .get("customer_id").asText();
        String invoice = retried("POST", "/api/invoices", owner, """
                {"customer_id": "%s", "invoice_number": "CHAOS-%d", "amount": 1500}""".formatted(customer, i))
                .get("invoice_id").asText();
        return new Sent(i, phone.substring(1), email, customer, invoice, null);
    }

    private Sent send(Map<String, String> owner, Sent prepared) {
        Map<String, String> headers = new java.util.HashMap<>(owner);
        headers.put("Idempotency-Key", "chaos-" + prepared.index());
        String notification = retried("POST", "/api/invoices/" + prepared.invoiceId() + "/send-to-customer", headers, """
                {"customer_id": "%s", "channels": ["sms", "email"]}""".formatted(prepared.customerId())).get("notification_id").asText();
        return new Sent(prepared.index(), prepared.phone(), prepared.email(), prepared.customerId(), prepared.invoiceId(), notification);
    }

    private Map<String, String> owner() {
        JsonNode owner = retried("POST", "/api/dev/owner-tokens", Map.of(), "{\"business_name\": \"Chaos Shop\"}");
        return Map.of("Authorization", "Bearer " + owner.get("token").asText(), "X-Business-ID", owner.get("business_id").asText());
    }

    /**
     * Calls until a 2xx answer, as an app does across a restart: the same request, so the same idempotency. A GET of
     * something not in the read models yet answers null.
     */
    private JsonNode retried(String method, String path, Map<String, String> headers, String body) {
        long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
                headers.forEach(request::header);
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    return response.body().isEmpty() ? null : JSON.readTree(response.body());
                }
                if (response.statusCode() == 404 && method.equals("GET")) {
                    return null;   // not in the read model yet
                }
                if (response.statusCode() / 100 == 4 && response.statusCode() != 429) {
                    throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException e) {
                // the service is down or restarting: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(method + " " + path + " did not succeed within 3 minutes");
            }
            sleep(Duration.ofMillis(500));
        }
    }

    // --- counting ---

    private String report(String title, Map<String, String> owner, List<Sent> acknowledged, long started) throws Exception {
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long drainStarted = System.nanoTime();
        Set<String> pending = ConcurrentHashMap.newKeySet();
        acknowledged.forEach(sent -> pending.add(sent.notificationId()));
        while (!pending.isEmpty() && System.nanoTime() - drainStarted < Duration.ofMinutes(10).toNanos()) {
            for (String id : List.copyOf(pending)) {
                JsonNode status = retried("GET", "/api/notifications/" + id, owner, null);
                if (status == null) {
                    continue;   // not planned yet
                }
                List<String> statuses = new ArrayList<>();
                status.get("messages").forEach(m -> statuses.add(m.get("status").asText()));
                if (statuses.size() == 2 && !statuses.contains("pending")) {
                    pending.remove(id);
                }
            }
            if (!pending.isEmpty()) {
                sleep(Duration.ofSeconds(1));
            }
        }
        Map<String, Long> sms = perRecipient(msg91.findAll(postRequestedFor(urlEqualTo("/api/v5/flow"))), "/recipients/0/mobiles");
        Map<String, Long> emails = perRecipient(sendGrid.findAll(postRequestedFor(urlEqualTo("/v3/mail/send"))), "/personalizations/0/to/0/email");
        long smsLost = acknowledged.stream().filter(sent -> !sms.containsKey(sent.phone())).count();
        long emailLost = acknowledged.stream().filter(sent -> !emails.containsKey(sent.email())).count();
        long smsTwice = sms.values().stream().filter(n -> n > 1).count();
        long emailTwice = emails.values().stream().filter(n -> n > 1).count();
        long repeated = Files.readAllLines(log).stream().filter(line -> line.contains("calling again")).count();
        return String.join(System.lineSeparator(), title,
                String.format("machine: %d cores; kills: %d; sends acknowledged: %d in %.0f s; not final after 10 min: %d",
                        Runtime.getRuntime().availableProcessors(), kills, acknowledged.size(), loadSeconds, pending.size()),
                String.format("at the providers: SMS lost %d, sent twice %d; email lost %d, sent twice %d", smsLost, smsTwice,
                        emailLost, emailTwice),
                String.format("provider calls repeated because they were in flight at a kill (service log): %d", repeated));
    }

    private static Map<String, Long> perRecipient(List<LoggedRequest> requests, String pointer) {
        return requests.stream().map(request -> {
            try {
                return JSON.readTree(request.getBodyAsString()).at(pointer).asText();
            } catch (IOException e) {
                return "?";
            }
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private int providerCalls() {
        return msg91.getAllServeEvents().size() + sendGrid.getAllServeEvents().size();
    }

    // --- the service and the stand-ins ---

    private void startProviders() {
        msg91.start();
        sendGrid.start();
        msg91.stubFor(post("/api/v5/flow").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withFixedDelay((int) PROVIDER_DELAY.toMillis())
                .withBody("{\"type\": \"success\", \"message\": \"{{randomValue length=24 type='HEXADECIMAL'}}\"}")
                .withTransformers("response-template")));
        sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-chaos")
                .withFixedDelay((int) PROVIDER_DELAY.toMillis())));
    }

    private void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), KhataApplication.class.getName(),
                "--spring.profiles.active=local", "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database, "--khata.db.migration.user=" + TestPostgres.user(),
                "--khata.sms.provider=msg91", "--khata.sms.msg91.base-url=http://127.0.0.1:" + msg91.port(),
                "--khata.sms.msg91.auth-key=chaos", "--khata.sms.msg91.webhook-token=chaos-token",
                "--khata.email.provider=sendgrid", "--khata.email.sendgrid.base-url=http://127.0.0.1:" + sendGrid.port(),
                "--khata.email.sendgrid.api-key=SG.chaos", "--khata.email.sendgrid.from-address=billing@khata.example",
                "--khata.email.sendgrid.webhook-public-key=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEb0ElO+VykjZU2uvJmOlsRUkbqzBBz0LRjJK8lQmxyBmZmCoSIkmAQq5hodIn9pNbT8mGpiIf63jkGlPQn4BLoA==",
                "--khata.notifications.cap.per-day=1000", "--logging.level.root=WARN"));
        command.addAll(Msg91Flows.arguments());
        service = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!up()) {
            if (!service.isAlive() || System.nanoTime() > giveUp) {
                throw new IllegalStateException("the service did not start; see " + log);
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private boolean up() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    private void kill() throws InterruptedException {
        service.destroyForcibly();
        service.waitFor();
        kills++;
    }

    private void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        msg91.stop();
        sendGrid.stop();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
