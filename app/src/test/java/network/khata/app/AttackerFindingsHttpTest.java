package network.khata.app;

import network.khata.testsupport.KhataTestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, as the service runs by default (no proxy trusted; a business's allowance of codes to new numbers set to 3
 * to see its end). Requests whose bodies trickle in. Fifty connections
 * that send one byte of a 60,000-byte body every five seconds hold only their own connections: meanwhile other clients
 * are answered within a second and the health probes answer; the trickling requests end with 408. A client that names
 * itself a fresh address in X-Forwarded-For still counts as the address it comes from.
 */
@SpringBootTest(classes = KhataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.remoteip.internal-proxies=", "khata.http.body-deadline=PT8S",
                "khata.abuse.new-number-codes-per-business-per-hour=3"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = KhataTestEnvironment.Isolated.class)
class AttackerFindingsHttpTest extends HttpApiTest {

    @Test
    void fiftyTricklingBodiesHoldOnlyTheirOwnConnections() throws Exception {
        Owner owner = newBusiness("Tea Stall");
        List<String> paths = List.of("/actuator/health/liveness", "/actuator/health/readiness", "/portal", "/api/customers/search?q=ram");
        paths.forEach(path -> send("GET", path, path.startsWith("/api") ? owner.headers() : Map.of(), null));   // warm
        List<Socket> trickling = new ArrayList<>();
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(("POST /api/customer-portal/otp HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                trickling.add(socket);
            }
            drip.scheduleAtFixedRate(() -> trickling.forEach(socket -> {
                try {
                    socket.getOutputStream().write(' ');
                } catch (IOException closedByTheService) {
                    // answered already
                }
            }), 5, 5, TimeUnit.SECONDS);

            List<Long> millis = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            while (System.nanoTime() < end) {
                for (String path : paths) {
                    long started = System.nanoTime();
                    Response response = send("GET", path, path.startsWith("/api") ? owner.headers() : Map.of(), null);
                    millis.add((System.nanoTime() - started) / 1_000_000);
                    assertThat(response.status()).as(path).isIn(200, 503);
                    if (path.contains("health")) {
                        assertThat(response.status()).as(path).isEqualTo(200);
                    }
                }
            }
            List<Long> sorted = millis.stream().sorted().toList();
            assertThat(sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1)).as("p99 ms of %d requests", sorted.size())
                    .isLessThan(1000);

            String answer = read(trickling.get(0).getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 408").contains("urn:khata:problem:body-too-slow");
        } finally {
            drip.shutdownNow();
            for (Socket socket : trickling) {
                socket.close();
            }
        }
    }

    @Test
    void anAddressNamedInXForwardedForIsNotBelievedFromAClientThatIsNoTrustedProxy() {
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            String phone = "+9198765" + String.format("%05d", 40_000 + i);
            Response response = send("POST", "/api/customer-portal/otp", Map.of("X-Forwarded-For", "203.0.113." + i),
                    "{\"phone\": \"" + phone + "\"}");
            if (response.status() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("requests refused past 20 an hour from one address").isGreaterThanOrEqualTo(5);
    }

    private static String read(InputStream in) throws IOException {
        byte[] head = new byte[2048];
        int read = in.read(head);
        return read < 0 ? "" : new String(head, 0, read, StandardCharsets.UTF_8);
    }

    @Test
    void codesToNumbersNewToABusinessAreLimitedAndNumbersAbroadRefused() {
        Owner owner = newBusiness("Pump Shop");
        for (String abroad : List.of("+447400123456", "+2348021234567", "+8613123456789", "+37477123456")) {
            Response refused = post("/api/customers/auto-register", owner,
                    "{\"name\": \"Far Away\", \"phone\": \"" + abroad + "\"}");
            assertThat(refused.status()).as(abroad).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("phone");
            assertThat(refused.body().get("errors").get(0).get("message").asText()).contains("sends to IN");
        }
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            phones.add("+9198770" + String.format("%05d", (int) (Math.random() * 90_000) + 10_000));
            assertThat(post("/api/customers/auto-register", owner, "{\"name\": \"C\", \"phone\": \"" + phones.get(i) + "\"}")
                    .status()).isEqualTo(201);
        }
        String fourth = "+919877099999";
        Response limited = post("/api/customers/auto-register", owner, "{\"name\": \"D\", \"phone\": \"" + fourth + "\"}");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body().get("type").asText()).isEqualTo("urn:khata:problem:new-number-codes-limited");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM parties WHERE business_id = ? AND phone = ?", Long.class,
                owner.businessId(), fourth)).isZero();
        assertThat(post("/api/customers/auto-register", owner, "{\"name\": \"D\", \"phone\": \"" + fourth
                + "\", \"auto_send_welcome_sms\": false}").status()).isEqualTo(201);
        org.awaitility.Awaitility.await().until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM parties WHERE business_id = ?", Long.class, owner.businessId()) == 4);
        assertThat(post("/api/customers/auto-register", owner, "{\"name\": \"C\", \"phone\": \"" + phones.get(0) + "\"}")
                .status()).as("a customer the business already has is not new").isEqualTo(200);
    }

    @Test
    void namesThatWouldDisplayAsSomethingElseAreRefusedNamingTheField() {
        Owner owner = newBusiness("Name Shop");
        for (String name : List.of("Ramesh\u202Eharma", "Ram\u200Besh", "\u2066Admin\u2069", "Suresh\u200F", "\uFEFFAsha")) {
            Response refused = post("/api/customers/auto-register", owner,
                    "{\"name\": \"" + name + "\", \"phone\": \"+919876512345\", \"auto_send_welcome_sms\": false}");
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("name");
        }
        // the zero-width joiner and non-joiner shape Indian scripts: they stay
        assertThat(post("/api/customers/auto-register", owner, "{\"name\": \"\u0915\u094D\u200D\u0937\u093F\u0924\u093F\u091C\", "
                + "\"phone\": \"+919876512346\", \"auto_send_welcome_sms\": false}").status()).isEqualTo(201);
    }

    @Test
    void theApiDocumentNamesTheConfiguredServerWhateverTheRequestSays() {
        Response docs = send("GET", "/v3/api-docs", Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"), null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("servers").get(0).get("url").asText()).isEqualTo("http://localhost:8080");
    }

    @Test
    void guessingTheOperatorsPasswordIsThrottled() {
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8));
        String right = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
        assertThat(send("GET", "/admin/processors", Map.of("Authorization", right), null).status()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(send("GET", "/admin/processors", Map.of("Authorization", wrong), null).status()).isEqualTo(401);
        }
        Response throttled = send("GET", "/admin/processors", Map.of("Authorization", right), null);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body().get("type").asText()).isEqualTo("urn:khata:problem:admin-throttled");
        assertThat(send("GET", "/actuator/health/liveness", Map.of(), null).status()).isEqualTo(200);
    }
}
