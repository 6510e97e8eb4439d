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
 * Issue 22, as the service runs by default: no proxy trusted, and requests whose bodies trickle in. Fifty connections
 * that send one byte of a 60,000-byte body every five seconds hold only their own connections: meanwhile other clients
 * are answered within a second and the health probes answer; the trickling requests end with 408. A client that names
 * itself a fresh address in X-Forwarded-For still counts as the address it comes from.
 */
@SpringBootTest(classes = KhataApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.remoteip.internal-proxies=", "khata.http.body-deadline=PT8S"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = KhataTestEnvironment.Isolated.class)
class SlowClientsAndProxiesHttpTest extends HttpApiTest {

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
}
