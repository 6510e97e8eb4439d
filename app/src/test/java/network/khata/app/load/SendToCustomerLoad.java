package network.khata.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import network.khata.app.KhataApplication;
import network.khata.testsupport.TestPostgres;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Load driver, not a test: {@code scripts/load-test.sh [requests]}. Starts local stand-ins for MSG91 and SendGrid and
 * the service (local profile, a fresh database on the machine's PostgreSQL, real HTTP on a free port), prepares one
 * customer and invoice per request, then fires all send-to-customer requests at once (SMS and email each) and
 * measures the answers. It then waits until every message has a final status and checks, at the providers, that each
 * recipient got exactly one message: none lost, none sent twice.
 */
public final class SendToCustomerLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64, task -> {
                Thread thread = new Thread(task, "load-driver");
                thread.setDaemon(true);
                return thread;
            }))
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SendToCustomerLoad() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path resultFile = Path.of(args.length > 1 ? args[1] : "load-test-result.txt").toAbsolutePath();
        WireMockServer msg91 = new WireMockServer(options().dynamicPort().containerThreads(64));
        WireMockServer sendGrid = new WireMockServer(options().dynamicPort().containerThreads(64));
        msg91.start();
        sendGrid.start();
        msg91.stubFor(post("/api/v5/flow").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"type\": \"success\", \"message\": \"{{randomValue length=24 type='HEXADECIMAL'}}\"}")
                .withTransformers("response-template")));
        sendGrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-load")));

        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(
                "--spring.profiles.active=local", "--server.port=0",
                "--spring.datasource.url=" + TestPostgres.jdbcUrl("load"), "--khata.db.migration.user=" + TestPostgres.user(),
                "--spring.datasource.hikari.maximum-pool-size=30",
                "--khata.sms.provider=msg91", "--khata.sms.msg91.base-url=http://127.0.0.1:" + msg91.port(),
                "--khata.sms.msg91.auth-key=load", "--khata.sms.msg91.webhook-token=load-token",
                "--khata.email.provider=sendgrid", "--khata.email.sendgrid.base-url=http://127.0.0.1:" + sendGrid.port(),
                "--khata.email.sendgrid.api-key=SG.load", "--khata.email.sendgrid.from-address=billing@khata.example",
                "--khata.email.sendgrid.webhook-public-key=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEb0ElO+VykjZU2uvJmOlsRUkbqzBBz0LRjJK8lQmxyBmZmCoSIkmAQq5hodIn9pNbT8mGpiIf63jkGlPQn4BLoA==",
                "--khata.notifications.cap.per-day=1000", "--server.tomcat.accept-count=2000", "--logging.level.root=WARN"));
        arguments.addAll(network.khata.app.Msg91Flows.arguments());
        ConfigurableApplicationContext service = KhataApplication.start(arguments.toArray(String[]::new));
        String base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
        try {
            String result = run(base, requests, msg91, sendGrid);
            System.out.println(result);
            Files.createDirectories(resultFile.getParent());
            Files.writeString(resultFile, result + System.lineSeparator());
            System.out.println("written to " + resultFile);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        } finally {
            service.close();
            msg91.stop();
            sendGrid.stop();
        }
        System.exit(0);
    }

    private static String run(String base, int requests, WireMockServer msg91, WireMockServer sendGrid) throws Exception {
        JsonNode owner = call("POST", base + "/api/dev/owner-tokens", null, "{\"business_name\": \"Load Test Shop\"}").join().body;
        Map<String, String> headers = Map.of("Authorization", "Bearer " + owner.get("token").asText(),
                "X-Business-ID", owner.get("business_id").asText());

        System.out.printf("preparing %d customers and invoices...%n", requests);
        List<String[]> invoices = inParallel(requests, 16, i -> {
            String phone = String.format("+9190%08d", i);
            String customer = call("POST", base + "/api/customers/auto-register", headers, """
                    {"name": "Customer %d", "phone": "%s", "email": "c%d@load.example", "auto_send_welcome_sms": false}"""
                    .formatted(i, phone, i)).join().body.get("customer_id").asText();
            String invoice = call("POST", base + "/api/invoices", headers, """
                    {"customer_id": "%s", "invoice_number": "LOAD-%d", "amount": 1500}""".formatted(customer, i))
                    .join().body.get("invoice_id").asText();
            return new String[]{invoice, customer, phone.substring(1), "c" + i + "@load.example"};
        });

        System.out.printf("firing %d concurrent send-to-customer requests...%n", requests);
        long started = System.nanoTime();
        List<CompletableFuture<Timed>> sends = new ArrayList<>();
        for (String[] invoice : invoices) {
            sends.add(call("POST", base + "/api/invoices/" + invoice[0] + "/send-to-customer", headers,
                    "{\"customer_id\": \"" + invoice[1] + "\", \"channels\": [\"sms\", \"email\"]}"));
        }
        List<Timed> answers = sends.stream().map(CompletableFuture::join).toList();
        double seconds = (System.nanoTime() - started) / 1e9;
        long accepted = answers.stream().filter(a -> a.status == 202).count();
        List<Long> latencies = answers.stream().map(a -> a.millis).sorted().toList();

        System.out.println("waiting for every message to reach a final status...");
        long drainStarted = System.nanoTime();
        Map<String, String> finalStatus = new ConcurrentHashMap<>();
        while (true) {
            inParallel(answers.size(), 16, i -> {
                String id = answers.get(i).body.get("notification_id").asText();
                if (!finalStatus.containsKey(id)) {
                    Timed status = call("GET", base + "/api/notifications/" + id, headers, null).join();
                    if (status.status == 200) {
                        List<String> statuses = new ArrayList<>();
                        status.body.get("messages").forEach(m -> statuses.add(m.get("status").asText()));
                        if (statuses.size() == 2 && !statuses.contains("pending")) {
                            finalStatus.put(id, String.join(",", statuses));
                        }
                    }
                }
                return null;
            });
            if (finalStatus.size() == answers.size() || System.nanoTime() - drainStarted > Duration.ofMinutes(10).toNanos()) {
                break;
            }
            Thread.sleep(1000);
        }
        double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;

        Map<String, Long> smsPerRecipient = perRecipient(msg91.findAll(postRequestedFor(urlEqualTo("/api/v5/flow"))),
                "$.recipients[0].mobiles");
        Map<String, Long> emailsPerRecipient = perRecipient(sendGrid.findAll(postRequestedFor(urlEqualTo("/v3/mail/send"))),
                "$.personalizations[0].to[0].email");
        long smsLost = invoices.stream().filter(i -> !smsPerRecipient.containsKey(i[2])).count();
        long emailLost = invoices.stream().filter(i -> !emailsPerRecipient.containsKey(i[3])).count();
        long smsTwice = smsPerRecipient.values().stream().filter(n -> n > 1).count();
        long emailTwice = emailsPerRecipient.values().stream().filter(n -> n > 1).count();
        Map<String, Long> outcomes = finalStatus.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));

        String result = String.join(System.lineSeparator(),
                "send-to-customer load, " + requests + " concurrent requests (SMS + email each), "
                        + Runtime.getRuntime().availableProcessors() + " cores",
                String.format("accepted (202): %d of %d; other answers: %s", accepted, requests,
                        answers.stream().filter(a -> a.status != 202).map(a -> String.valueOf(a.status)).collect(Collectors.groupingBy(s -> s, Collectors.counting()))),
                String.format("throughput: %.1f requests/s (all answered in %.2f s)", requests / seconds, seconds),
                "latency ms: " + Percentiles.of(latencies),
                String.format("all %d messages final after %.1f s more: %s", 2 * finalStatus.size(), drainSeconds, outcomes),
                String.format("at the providers: SMS lost %d, sent twice %d; email lost %d, sent twice %d",
                        smsLost, smsTwice, emailLost, emailTwice));
        return result;
    }

    private static Map<String, Long> perRecipient(List<LoggedRequest> requests, String path) {
        return requests.stream().map(r -> {
            try {
                JsonNode body = JSON.readTree(r.getBodyAsString());
                return path.contains("mobiles") ? body.at("/recipients/0/mobiles").asText()
                        : body.at("/personalizations/0/to/0/email").asText();
            } catch (Exception e) {
                return "?";
            }
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }


    private record Timed(int status, JsonNode body, long millis) {
    }

    private static CompletableFuture<Timed> call(String method, String url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (headers != null) {
            headers.forEach(request::header);
        }
        long started = System.nanoTime();
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            try {
                return new Timed(response.statusCode(), response.body().isEmpty() ? null : JSON.readTree(response.body()),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (Exception e) {
                throw new IllegalStateException(response.body(), e);
            }
        });
    }

    private static <T> List<T> inParallel(int count, int width, java.util.function.IntFunction<T> work) throws InterruptedException {
        Semaphore slots = new Semaphore(width);
        List<CompletableFuture<T>> all = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(width);
        for (int i = 0; i < count; i++) {
            int index = i;
            slots.acquire();
            all.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return work.apply(index);
                } finally {
                    slots.release();
                }
            }, pool));
        }
        List<T> results = Collections.synchronizedList(new ArrayList<>());
        all.forEach(future -> results.add(future.join()));
        pool.shutdown();
        return results;
    }
}
