package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import network.khata.api.businesses.RegisterBusiness;
import network.khata.app.security.OwnerTokens;
import network.khata.testsupport.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out on one PostgreSQL, no Axon Server (issue 29): four instances of the service (one in this JVM, three JVMs of
 * their own). Every busy group configured with two segments splits to four as the instances appear
 * ({@code SegmentsFollowInstances}; the delivery saga is configured with four) and each instance holds one; each reads what another wrote; 200 sends spread over
 * the four reach the provider stand-in exactly once each; and when one instance is killed (SIGKILL, no goodbye) the
 * other three take its segments over and go on.
 */
class ScaleOutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> POOLED = List.of("customer-directory", "network-profiles", "customer-search", "invoices",
            "customer-notifications", "notification-planning", "message-delivery");
    private static final List<String> INSTANCES = List.of("instance-a", "instance-b", "instance-c", "instance-d");
    private static final WireMockServer MSG91 = new WireMockServer(options().dynamicPort());
    private static final WireMockServer SENDGRID = new WireMockServer(options().dynamicPort());

    private static ConfigurableApplicationContext a;
    private static final Map<String, Process> others = new LinkedHashMap<>();
    private static final List<String> bases = new ArrayList<>();
    private static JdbcTemplate database;

    @BeforeAll
    static void fourInstances() throws Exception {
        MSG91.start();
        SENDGRID.start();
        MSG91.stubFor(post("/api/v5/flow").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"type\": \"success\", \"message\": \"{{randomValue length=24 type='HEXADECIMAL'}}\"}")
                .withTransformers("response-template")));
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg")));
        String url = TestPostgres.jdbcUrl("scale-out-" + UUID.randomUUID());
        database = new JdbcTemplate(new DriverManagerDataSource(url, TestPostgres.user(), ""));
        // the suite's other Spring contexts stay open with their pools: wait until the four instances' slots are free
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> database.queryForObject(
                "SELECT current_setting('max_connections')::int - count(*) FROM pg_stat_activity", Integer.class) >= 50);

        a = KhataApplication.start(arguments(url, INSTANCES.get(0), 0).toArray(String[]::new));
        bases.add("http://127.0.0.1:" + a.getEnvironment().getProperty("local.server.port"));
        for (String node : INSTANCES.subList(1, INSTANCES.size())) {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    KhataApplication.class.getName()));
            command.addAll(arguments(url, node, port));
            others.put(node, new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "scale-out-" + node + ".log")).start());
            bases.add("http://127.0.0.1:" + port);
        }
        for (int i = 1; i < bases.size(); i++) {
            String base = bases.get(i);
            Process process = others.get(INSTANCES.get(i));
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .failFast(INSTANCES.get(i) + " stopped (its log: " + System.getProperty("java.io.tmpdir")
                            + "/scale-out-" + INSTANCES.get(i) + ".log)", () -> !process.isAlive())
                    .until(() -> get(base + "/actuator/health/readiness", Map.of()).statusCode() == 200);
        }
    }

    private static List<String> arguments(String url, String node, int port) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=" + port,
                "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
                "--khata.db.migration.user=" + TestPostgres.user(), "--khata.processing.node-id=" + node,
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--khata.processing.heartbeat=PT0.5S", "--axon.eventhandling.tokenstore.claim-timeout=3s",
                "--khata.sms.provider=msg91", "--khata.sms.msg91.base-url=http://127.0.0.1:" + MSG91.port(),
                "--khata.sms.msg91.auth-key=scale", "--khata.sms.msg91.webhook-token=t",
                "--khata.email.provider=sendgrid", "--khata.email.sendgrid.base-url=http://127.0.0.1:" + SENDGRID.port(),
                "--khata.email.sendgrid.api-key=SG.scale", "--khata.email.sendgrid.from-address=billing@khata.example",
                "--khata.email.sendgrid.webhook-public-key=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEb0ElO+VykjZU2uvJmOlsRUkbqzBBz0LRjJK8lQmxyBmZmCoSIkmAQq5hodIn9pNbT8mGpiIf63jkGlPQn4BLoA==",
                "--logging.level.root=WARN"));
        arguments.addAll(Msg91Flows.arguments());
        POOLED.forEach(group -> arguments.add("--axon.eventhandling.processors." + group + ".token-claim-interval=500"));
        return arguments;
    }

    @AfterAll
    static void stop() {
        others.values().forEach(Process::destroyForcibly);
        if (a != null) {
            a.close();
        }
        MSG91.stop();
        SENDGRID.stop();
    }

    @Test
    void fourInstancesEachHoldAShareOfEveryBusyGroupAndTheRestTakeOverWhenOneIsKilled() throws Exception {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String group : POOLED) {
                Map<String, Long> owners = owners(group);
                assertThat(owners).as(group + ": its segments split to one per instance").containsOnlyKeys(INSTANCES);
                assertThat(owners.values()).as(group).containsOnly(1L);
            }
        });

        UUID businessId = UUID.randomUUID();
        a.getBean(CommandGateway.class).sendAndWait(new RegisterBusiness(businessId, "Fertilizer Shop", null));
        Map<String, String> owner = Map.of("Authorization", "Bearer " + a.getBean(OwnerTokens.class)
                .mint(UUID.randomUUID(), businessId, Instant.now(), Duration.ofHours(1)), "X-Business-ID", businessId.toString());

        // each instance reads what the next one wrote
        for (int i = 0; i < bases.size(); i++) {
            String phone = "98765040" + (10 + i);
            String written = register(bases.get(i), owner, phone);
            String reader = bases.get((i + 1) % bases.size());
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(get(reader + "/api/customers/search?q=" + phone, owner).body()).contains(written));
        }

        // 200 sends, a quarter through each instance: each reaches the SMS stand-in exactly once
        List<String[]> sends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String base = bases.get(i % bases.size());
            String phone = String.format("98765%05d", 10000 + i);
            String customer = register(base, owner, phone);
            String invoice = JSON.readTree(postJson(base + "/api/invoices", owner, "{\"customer_id\": \"" + customer
                    + "\", \"invoice_number\": \"S-" + i + "\", \"amount\": 100}").body()).get("invoice_id").asText();
            sends.add(new String[]{base, invoice, customer, "91" + phone});
        }
        for (String[] send : sends) {
            assertThat(postJson(send[0] + "/api/invoices/" + send[1] + "/send-to-customer", owner,
                    "{\"customer_id\": \"" + send[2] + "\", \"channels\": [\"sms\"]}").statusCode()).isEqualTo(202);
        }
        Set<String> recipients = sends.stream().map(send -> send[3]).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> smsPerRecipient().keySet().containsAll(recipients));
        Thread.sleep(2000);
        Map<String, Long> delivered = smsPerRecipient();
        assertThat(recipients).allMatch(recipient -> delivered.get(recipient) == 1L);

        // instance D dies without a word: the other three take its segments over and go on
        others.get("instance-d").destroyForcibly().waitFor();
        List<String> survivors = INSTANCES.subList(0, 3);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String group : POOLED) {
                assertThat(owners(group)).as(group + ": held by the survivors").containsOnlyKeys(survivors);
            }
        });
        String afterwards = register(bases.get(1), owner, "9876504099");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(get(bases.get(2) + "/api/customers/search?q=9876504099", owner).body()).contains(afterwards));
    }

    private static Map<String, Long> owners(String group) {
        return database.queryForList("SELECT coalesce(owner, '') FROM token_entry WHERE processor_name = ?", String.class, group)
                .stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Map<String, Long> smsPerRecipient() {
        return MSG91.findAll(postRequestedFor(urlEqualTo("/api/v5/flow"))).stream().map(request -> {
            try {
                return JSON.readTree(request.getBodyAsString()).at("/recipients/0/mobiles").asText();
            } catch (Exception e) {
                return "?";
            }
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String register(String base, Map<String, String> owner, String phone) throws Exception {
        HttpResponse<String> registered = postJson(base + "/api/customers/auto-register", owner,
                "{\"name\": \"Customer " + phone + "\", \"phone\": \"" + phone + "\", \"auto_send_welcome_sms\": false}");
        assertThat(registered.statusCode()).isIn(200, 201);
        JsonNode body = JSON.readTree(registered.body());
        return body.get("customer_id").asText();
    }

    private static HttpResponse<String> postJson(String url, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
