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
import java.util.HashSet;
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
 * Scale-out on one PostgreSQL, no Axon Server: two instances of the service (one in this JVM, one a JVM of its own)
 * split every pooled processor's segments between them, each reads what the other wrote, 200 sends split across both
 * reach the provider stand-in exactly once each, and when the other instance is killed (SIGKILL, no goodbye) this one
 * takes all its segments over.
 */
class ScaleOutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> POOLED = List.of("customer-directory", "network-profiles", "customer-search", "invoices",
            "customer-notifications", "notification-planning", "message-delivery");
    private static final WireMockServer MSG91 = new WireMockServer(options().dynamicPort());
    private static final WireMockServer SENDGRID = new WireMockServer(options().dynamicPort());

    private static ConfigurableApplicationContext a;
    private static Process b;
    private static JdbcTemplate database;
    private static String baseA;
    private static String baseB;

    @BeforeAll
    static void twoInstances() throws Exception {
        MSG91.start();
        SENDGRID.start();
        MSG91.stubFor(post("/api/v5/flow").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"type\": \"success\", \"message\": \"{{randomValue length=24 type='HEXADECIMAL'}}\"}")
                .withTransformers("response-template")));
        SENDGRID.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg")));
        String url = TestPostgres.jdbcUrl("scale-out-" + UUID.randomUUID());
        database = new JdbcTemplate(new DriverManagerDataSource(url, TestPostgres.user(), ""));

        a = KhataApplication.start(arguments(url, "instance-a", 0).toArray(String[]::new));
        baseA = "http://127.0.0.1:" + a.getEnvironment().getProperty("local.server.port");
        int portB = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), KhataApplication.class.getName()));
        command.addAll(arguments(url, "instance-b", portB));
        b = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "scale-out-instance-b.log")).start();
        baseB = "http://127.0.0.1:" + portB;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> get(baseB + "/actuator/health/readiness", Map.of()).statusCode() == 200);
    }

    private static List<String> arguments(String url, String node, int port) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=" + port,
                "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
                "--khata.db.migration.user=" + TestPostgres.user(), "--khata.processing.node-id=" + node,
                "--spring.datasource.hikari.maximum-pool-size=15",
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
        if (b != null) {
            b.destroyForcibly();
        }
        if (a != null) {
            a.close();
        }
        MSG91.stop();
        SENDGRID.stop();
    }

    @Test
    void twoInstancesShareTheWorkAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String group : POOLED) {
                Map<String, Long> owners = owners(group);
                assertThat(owners).as(group).containsOnlyKeys("instance-a", "instance-b");
                assertThat(owners.get("instance-a")).as(group).isEqualTo(owners.get("instance-b"));
            }
        });

        UUID businessId = UUID.randomUUID();
        a.getBean(CommandGateway.class).sendAndWait(new RegisterBusiness(businessId, "Fertilizer Shop", null));
        Map<String, String> owner = Map.of("Authorization", "Bearer " + a.getBean(OwnerTokens.class)
                .mint(UUID.randomUUID(), businessId, Instant.now(), Duration.ofHours(1)), "X-Business-ID", businessId.toString());

        // each instance reads what the other wrote
        String viaA = register(baseA, owner, "9876504001");
        String viaB = register(baseB, owner, "9876504002");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(get(baseB + "/api/customers/search?q=9876504001", owner).body()).contains(viaA);
            assertThat(get(baseA + "/api/customers/search?q=9876504002", owner).body()).contains(viaB);
        });

        // 200 sends, half through each instance: each reaches the SMS stand-in exactly once
        List<String[]> sends = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String base = i % 2 == 0 ? baseA : baseB;
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
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> smsPerRecipient().keySet().containsAll(recipients));
        Thread.sleep(2000);
        Map<String, Long> delivered = smsPerRecipient();
        assertThat(recipients).allMatch(recipient -> delivered.get(recipient) == 1L);
        assertThat(new HashSet<>(database.queryForList("SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL",
                String.class))).containsExactlyInAnyOrder("instance-a", "instance-b");

        // instance B dies without a word: A takes all its segments over and goes on alone
        b.destroyForcibly().waitFor();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String group : POOLED) {
                assertThat(owners(group)).as(group).containsOnlyKeys("instance-a");
            }
        });
        String afterwards = register(baseA, owner, "9876504003");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(get(baseA + "/api/customers/search?q=9876504003", owner).body()).contains(afterwards));
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
