package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.notifications.sms.LocalSmsOutbox;
import network.khata.notifications.sms.SmsMessage;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An owner's and a customer's view of the service: customers registered by owners, codes read from the local SMS outbox. */
public abstract class PortalApiTest extends HttpApiTest {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    protected LocalSmsOutbox sms;

    protected record Customer(String id, String phone) {
    }

    protected static String newPhone() {
        return "+9198" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** Every request from its own address, so that tests do not share the per-address limits. */
    protected static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    protected Customer registerCustomer(Owner owner, String name, String phone, boolean sendCode) {
        Response registered = post("/api/customers/auto-register", owner, """
                {"name": "%s", "phone": "%s", "auto_send_welcome_sms": %s}""".formatted(name, phone, sendCode));
        assertThat(registered.status()).isIn(200, 201);
        String customerId = registered.body().get("customer_id").asText();
        // the portal answers a code request from the network profile, a read model: wait until it knows the customer
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM customer_network_profile WHERE customer_id = ?::uuid", Long.class, customerId) == 1);
        return new Customer(customerId, phone);
    }

    protected String invoice(Owner owner, Customer customer, String number, String amount) {
        Response created = post("/api/invoices", owner, """
                {"customer_id": "%s", "invoice_number": "%s", "amount": %s, "issue_date": "2026-11-20", "due_date": "2026-12-05"}"""
                .formatted(customer.id(), number, amount));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("invoice_id").asText();
    }

    /** The code in the n-th OTP SMS the phone received (1-based), once it is there. */
    protected String codeSentTo(String phone, int nth) {
        await().atMost(Duration.ofSeconds(20)).until(() -> otps(phone).size() >= nth);
        Matcher code = CODE.matcher(otps(phone).get(nth - 1).text());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    protected List<SmsMessage> otps(String phone) {
        return sms.sentTo(phone).stream().filter(message -> "otp".equalsIgnoreCase(message.purpose())).toList();
    }

    protected Response requestCode(String phone, String address) {
        return send("POST", "/api/customer-portal/otp", Map.of("X-Forwarded-For", address), "{\"phone\": \"" + phone + "\"}");
    }

    protected Response signIn(String phone, String code, String address) {
        return send("POST", "/api/customer-portal/register", Map.of("X-Forwarded-For", address),
                "{\"phone\": \"" + phone + "\", \"otp\": \"" + code + "\"}");
    }

    /** Requests a code for the phone and signs in with it; answers the sign-in's body (tokens, businesses). */
    protected JsonNode signedIn(String phone) {
        // the portal answers a code request from the network profile, a read model: wait until it knows the phone
        // (a test that registered the customer itself may ask at once; CI once asked before the profile was written)
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM customer_network_profile WHERE phone = ?", Long.class, phone) >= 1);
        String address = newAddress();
        int before = otps(phone).size();
        assertThat(requestCode(phone, address).status()).isEqualTo(202);
        Response response = signIn(phone, codeSentTo(phone, before + 1), address);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    protected Response asCustomer(String method, String path, String token, String body) {
        return send(method, path, Map.of("Authorization", "Bearer " + token), body);
    }

    /** The owner's or staff member's n-th sign-in code (1-based), once it is there. */
    protected String teamCodeSentTo(String phone, int nth) {
        await().atMost(Duration.ofSeconds(20)).until(() -> teamCodes(phone).size() >= nth);
        Matcher code = CODE.matcher(teamCodes(phone).get(nth - 1).text());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    protected List<SmsMessage> teamCodes(String phone) {
        return sms.sentTo(phone).stream().filter(message -> "team_code".equals(message.template())).toList();
    }

    /** Puts the phone on the business's team in the role, and waits until sign-in can see it. */
    protected void addToTeam(Owner owner, String phone, network.khata.api.team.TeamRole role) {
        commandGateway.sendAndWait(new network.khata.api.team.SetTeamMember(owner.businessId(), phone, role));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM team_members WHERE business_id = ? AND phone = ? AND role = ?", Long.class,
                owner.businessId(), phone, role.code()) == 1);
    }

    /** An owner or staff member asks for a code and signs in with it; answers the session (token, businesses). */
    protected JsonNode teamSignedIn(String phone) {
        String address = newAddress();
        int before = teamCodes(phone).size();
        assertThat(send("POST", "/api/team/otp", Map.of("X-Forwarded-For", address), "{\"phone\": \"" + phone + "\"}").status())
                .isEqualTo(202);
        Response response = send("POST", "/api/team/sign-in", Map.of("X-Forwarded-For", address),
                "{\"phone\": \"" + phone + "\", \"otp\": \"" + teamCodeSentTo(phone, before + 1) + "\"}");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The headers of a team session acting for one business. */
    protected static Map<String, String> acting(JsonNode session, Owner business) {
        return Map.of("Authorization", "Bearer " + session.get("token").asText(), "X-Business-ID", business.businessId().toString());
    }
}
