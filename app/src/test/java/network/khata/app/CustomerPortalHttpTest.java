package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import network.khata.app.security.CustomerTokens;
import network.khata.app.security.PortalRateLimits;
import network.khata.app.security.PortalRateLimits.Limit;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Spec endpoints 5, 6 and 7 and the rules around them: codes, sessions, limits, and who sees what. */
@PostgresEngineApp
class CustomerPortalHttpTest extends PortalApiTest {
    @Autowired
    CustomerTokens customerTokens;

    // --- asking for a code ---

    @Test
    void aKnownAndAnUnknownPhoneGetTheSameAnswerButOnlyTheKnownOneGetsACode() {
        Owner owner = newBusiness("Fertilizer Shop");
        Customer known = registerCustomer(owner, "Ramesh Kumar", newPhone(), false);
        String unknown = newPhone();
        await().until(() -> jdbc.queryForObject("SELECT count(*) FROM customer_network_profile WHERE phone = ?", Long.class, known.phone()) == 1);

        Response forKnown = requestCode(known.phone(), newAddress());
        Response forUnknown = requestCode(unknown, newAddress());

        assertThat(forKnown.status()).isEqualTo(forUnknown.status()).isEqualTo(202);
        assertThat(fieldNames(forKnown.body())).isEqualTo(fieldNames(forUnknown.body()));
        assertThat(forKnown.body().get("message").asText().replace(known.phone(), "P"))
                .isEqualTo(forUnknown.body().get("message").asText().replace(unknown, "P"));
        assertThat(codeSentTo(known.phone(), 1)).matches("\\d{6}");
        assertThat(otps(unknown)).isEmpty();
    }

    @Test
    void anotherCodeWithinSixtySecondsIsRefusedAlikeForKnownAndUnknownPhones() {
        Owner owner = newBusiness("Book Shop");
        Customer known = registerCustomer(owner, "Suresh", newPhone(), false);
        String unknown = newPhone();
        for (String phone : List.of(known.phone(), unknown)) {
            assertThat(requestCode(phone, newAddress()).status()).isEqualTo(202);
            Response again = requestCode(phone, newAddress());
            assertThat(again.status()).isEqualTo(429);
            assertThat(again.contentType()).startsWith("application/problem+json");
            assertThat(again.body().get("retry_after").asLong()).isBetween(1L, 60L);
        }
    }

    @Test
    void oneAddressMayAskForTwentyCodesAnHour() {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(requestCode(newPhone(), address).status()).isEqualTo(202);
        }
        assertThat(requestCode(newPhone(), address).status()).isEqualTo(429);
        assertThat(requestCode(newPhone(), newAddress()).status()).isEqualTo(202);
    }

    @Test
    void aPhoneMayAskForFiveCodesAnHourAtMostOneAMinute() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
        PortalRateLimits limits = new PortalRateLimits(jdbc, clock);
        String phone = newPhone();
        List<Limit> perPhone = List.of(new Limit("test-minute", phone, 1, Duration.ofMinutes(1)),
                new Limit("test-hour", phone, 5, Duration.ofHours(1)));
        for (int i = 0; i < 5; i++) {
            assertThat(limits.admit(perPhone)).isEmpty();
            assertThat(limits.admit(perPhone)).contains(Duration.ofMinutes(i < 4 ? 1 : 56));
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(limits.admit(perPhone)).contains(Duration.ofMinutes(55));
        clock.advance(Duration.ofMinutes(55));
        assertThat(limits.admit(perPhone)).isEmpty();
        assertThat(limits.admit(List.of(new Limit("test-none", phone, 0, Duration.ofHours(1)))))
                .as("a limit of none refuses for its whole window").contains(Duration.ofHours(1));
    }

    @Test
    void aMalformedPhoneIsBadInput() {
        Response response = requestCode("12ab", newAddress());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("phone");
    }

    // --- signing in ---

    @Test
    void theRightCodeSignsInWithTokensAndTheBusinessesThatBillTheCustomer() {
        Owner shop = newBusiness("Fertilizer Shop");
        Customer customer = registerCustomer(shop, "Ramesh Kumar", newPhone(), false);
        invoice(shop, customer, "INV-001", "2500");
        String paid = invoice(shop, customer, "INV-002", "5000");
        assertThat(post("/api/invoices/" + paid + "/payments", shop, "{\"amount\": 5000}").status()).isEqualTo(201);
        await().until(() -> jdbc.queryForObject("SELECT count(*) FROM invoices WHERE customer_id = ?::uuid AND status = 'paid'",
                Long.class, customer.id()) == 1);

        JsonNode session = signedIn(customer.phone());

        assertThat(session.get("customer_id").asText()).isEqualTo(customer.id());
        assertThat(session.get("customer_name").asText()).isEqualTo("Ramesh Kumar");
        assertThat(session.get("token").asText()).startsWith("eyJ");
        assertThat(session.get("refresh_token").asText()).startsWith("eyJ");
        assertThat(session.get("businesses")).singleElement().satisfies(business -> {
            assertThat(business.get("business_id").asText()).isEqualTo(shop.businessId().toString());
            assertThat(business.get("business_name").asText()).isEqualTo("Fertilizer Shop");
            assertThat(business.get("total_invoices").asInt()).isEqualTo(2);
            assertThat(business.get("total_outstanding").decimalValue()).isEqualByComparingTo("2500");
            assertThat(business.get("total_paid").decimalValue()).isEqualByComparingTo("5000");
        });
        await().untilAsserted(() -> assertThat(jdbc.queryForMap(
                "SELECT phone_verified, last_login_date FROM customer_network_profile WHERE customer_id = ?::uuid", customer.id()))
                .containsEntry("phone_verified", true).extractingByKey("last_login_date").isNotNull());
    }

    @Test
    void aCodeWorksOnce() {
        Customer customer = registerCustomer(newBusiness("Shop"), "Asha", newPhone(), false);
        await().until(() -> jdbc.queryForObject("SELECT count(*) FROM customer_network_profile WHERE phone = ?", Long.class, customer.phone()) == 1);
        String address = newAddress();
        requestCode(customer.phone(), address);
        String code = codeSentTo(customer.phone(), 1);
        assertThat(signIn(customer.phone(), code, address).status()).isEqualTo(200);
        Response again = signIn(customer.phone(), code, address);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body().get("type").asText()).isEqualTo("urn:khata:problem:invalid-code");
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        Customer customer = registerCustomer(newBusiness("Shop"), "Asha", newPhone(), true);
        String code = codeSentTo(customer.phone(), 1);
        Clock real = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.offset(real, Duration.ofMinutes(10).plusSeconds(1)); // the aggregate's clock
        try {
            Response late = signIn(customer.phone(), code, newAddress());
            assertThat(late.status()).isEqualTo(401);
            assertThat(late.body().get("type").asText()).isEqualTo("urn:khata:problem:invalid-code");
        } finally {
            GenericEventMessage.clock = real;
        }
        assertThat(signIn(customer.phone(), code, newAddress()).status()).isEqualTo(200);
    }

    /**
     * Issue 22: five wrong codes used to kill the customer's code, so any stranger could lock them out. Now the stranger's
     * own tries slow down (30 s after the fifth, then twice as long each time), the customer signs in from their own
     * phone with the code they hold, and a phone outside the network is answered exactly alike.
     */
    @Test
    void aStrangersWrongCodesSlowOnlyTheStrangerAndTheAnswersNeverSayWhichPhoneIsKnown() {
        Customer customer = registerCustomer(newBusiness("Shop"), "Asha", newPhone(), true);
        String code = codeSentTo(customer.phone(), 1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        String unknownPhone = newPhone();
        JsonNode firstRefusal = null;
        for (String phone : List.of(customer.phone(), unknownPhone)) {
            String stranger = newAddress();
            for (int i = 0; i < 5; i++) {
                Response refused = signIn(phone, wrong, stranger);
                assertThat(refused.status()).isEqualTo(401);
                firstRefusal = firstRefusal == null ? refused.body() : firstRefusal;
                assertThat(refused.body().get("detail")).isEqualTo(firstRefusal.get("detail"));
            }
            Response slowed = signIn(phone, code, stranger);
            assertThat(slowed.status()).as(phone).isEqualTo(429);
            assertThat(slowed.body().get("retry_after").asLong()).isBetween(1L, 30L);
        }
        assertThat(signIn(customer.phone(), code, newAddress()).status()).isEqualTo(200);
    }

    @Test
    void aMalformedCodeIsBadInput() {
        Response response = signIn(newPhone(), "12345", newAddress());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("otp");
    }

    // --- sessions ---

    @Test
    void aRefreshTokenRotatesAndItsReuseClosesTheWholeFamily() {
        Customer customer = registerCustomer(newBusiness("Shop"), "Asha", newPhone(), true);
        String code = codeSentTo(customer.phone(), 1);
        JsonNode session = signIn(customer.phone(), code, newAddress()).body();
        String first = session.get("refresh_token").asText();

        Response rotated = refresh(first);
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.body().get("refresh_token").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(asCustomer("GET", "/api/customer-portal/dashboard", rotated.body().get("token").asText(), null).status())
                .isEqualTo(200);

        Response reused = refresh(first);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.body().get("type").asText()).isEqualTo("urn:khata:problem:refresh-refused");
        assertThat(refresh(second).status()).isEqualTo(401);
    }

    /** Issue 21: "every session from that sign-in is now closed" is true at once: both access tokens stop, not in 15 min. */
    @Test
    void aReusedRefreshTokenStopsEveryAccessTokenOfThatSignInAtOnceAndNoOther(
            @org.springframework.beans.factory.annotation.Autowired network.khata.app.security.CustomerSessions sessions) {
        Customer customer = registerCustomer(newBusiness("Shop"), "Asha", newPhone(), true);
        JsonNode session = signIn(customer.phone(), codeSentTo(customer.phone(), 1), newAddress()).body();
        String elsewhere = sessions.start(UUID.fromString(customer.id())).token();   // a second sign-in, on another phone
        Response rotated = refresh(session.get("refresh_token").asText());
        String firstAccess = session.get("token").asText();
        String secondAccess = rotated.body().get("token").asText();
        assertThat(asCustomer("GET", "/api/customer-portal/dashboard", firstAccess, null).status()).isEqualTo(200);

        assertThat(refresh(session.get("refresh_token").asText()).status()).isEqualTo(401);

        for (String closed : List.of(firstAccess, secondAccess)) {
            Response refused = asCustomer("GET", "/api/customer-portal/dashboard", closed, null);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().get("detail").asText()).isEqualTo("this session was closed; sign in again");
        }
        assertThat(asCustomer("GET", "/api/customer-portal/dashboard", elsewhere, null).status()).isEqualTo(200);
    }

    @Test
    void tokensThatAreNotCurrentCustomerTokensAreRefused() {
        Owner owner = newBusiness("Shop");
        UUID customerId = UUID.randomUUID();
        String expired = customerTokens.access(customerId, Instant.now().minus(Duration.ofHours(1)));
        assertThat(asCustomer("GET", "/api/customer-portal/dashboard", expired, null).status()).isEqualTo(401);
        // issue 22: signed with the customers' key, but minted to live ten years
        String forever = io.jsonwebtoken.Jwts.builder().issuer("smartkhata").subject(customerId.toString()).claim("typ", "customer")
                .issuedAt(new java.util.Date()).expiration(java.util.Date.from(Instant.now().plus(Duration.ofDays(3650))))
                .signWith(io.jsonwebtoken.security.Keys.hmacShaKeyFor("test-customer-jwt-secret-long-enough-0123456789"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), io.jsonwebtoken.Jwts.SIG.HS256).compact();
        Response tooLong = asCustomer("GET", "/api/customer-portal/dashboard", forever, null);
        assertThat(tooLong.status()).isEqualTo(401);
        assertThat(tooLong.body().get("detail").asText()).isEqualTo("a customer token may live at most 15 minutes");
        assertThat(asCustomer("GET", "/api/customer-portal/dashboard", owner.token(), null).status()).isEqualTo(401);
        assertThat(send("GET", "/api/customer-portal/dashboard", Map.of(), null).status()).isEqualTo(401);
        String customerToken = customerTokens.access(customerId, Instant.now());
        assertThat(send("GET", "/api/customers/search?q=a", Map.of("Authorization", "Bearer " + customerToken,
                "X-Business-ID", owner.businessId().toString()), null).status()).isEqualTo(401);
        assertThat(refresh(customerToken).status()).isEqualTo(401);
    }

    // --- what a customer sees ---

    @Test
    void invoicesAndBalanceAcrossBusinessesFollowTheSpec() {
        Owner fertilizer = newBusiness("Fertilizer Shop");
        Owner books = newBusiness("Book Shop");
        String phone = newPhone();
        Customer atFertilizer = registerCustomer(fertilizer, "Ramesh Kumar", phone, false);
        Customer atBooks = registerCustomer(books, "Ramesh K", phone, false);
        String unpaid = invoice(fertilizer, atFertilizer, "INV-001", "2500");
        String paid = invoice(fertilizer, atFertilizer, "INV-002", "1250");
        post("/api/invoices/" + paid + "/payments", fertilizer, "{\"amount\": 1250}");
        invoice(books, atBooks, "B-7", "300");
        await().until(() -> jdbc.queryForObject("SELECT count(*) FROM invoices WHERE customer_id = ?::uuid", Long.class, atFertilizer.id()) == 3
                && jdbc.queryForObject("SELECT count(*) FROM invoices WHERE id = ?::uuid AND status = 'paid'", Long.class, paid) == 1);
        String token = signedIn(phone).get("token").asText();

        JsonNode unpaidAtFertilizer = asCustomer("GET", "/api/customer-portal/invoices?business_id=" + fertilizer.businessId()
                + "&status=unpaid", token, null).body();
        assertThat(unpaidAtFertilizer.get("business_name").asText()).isEqualTo("Fertilizer Shop");
        assertThat(unpaidAtFertilizer.get("invoices")).singleElement().satisfies(invoice -> {
            assertThat(invoice.get("invoice_id").asText()).isEqualTo(unpaid);
            assertThat(invoice.get("invoice_number").asText()).isEqualTo("INV-001");
            assertThat(invoice.get("date").asText()).isEqualTo("2026-11-20");
            assertThat(invoice.get("amount").decimalValue()).isEqualByComparingTo("2500");
            assertThat(invoice.get("status").asText()).isEqualTo("unpaid");
            assertThat(invoice.get("due_date").asText()).isEqualTo("2026-12-05");
            assertThat(invoice.get("payment_link").asText()).isEqualTo(paymentLinks.forInvoice(java.util.UUID.fromString(unpaid)));
            assertThat(invoice.get("pdf_url").asText()).isEqualTo("/api/customer-portal/invoices/" + unpaid + "/pdf");
        });
        JsonNode summary = unpaidAtFertilizer.get("summary");
        assertThat(summary.get("total_invoices").asInt()).isEqualTo(2);
        assertThat(summary.get("total_outstanding").decimalValue()).isEqualByComparingTo("2500");
        assertThat(summary.get("total_paid").decimalValue()).isEqualByComparingTo("1250");

        JsonNode balance = asCustomer("GET", "/api/customer-portal/balance?business_id=" + fertilizer.businessId(), token, null).body();
        assertThat(balance.get("total_outstanding").decimalValue()).isEqualByComparingTo("2500");
        assertThat(balance.get("total_paid_lifetime").decimalValue()).isEqualByComparingTo("1250");
        assertThat(balance.get("total_invoices").asInt()).isEqualTo(2);
        assertThat(balance.get("avg_invoice_amount").decimalValue()).isEqualByComparingTo("1875");
        assertThat(balance.get("last_transaction").asText()).isEqualTo("2026-11-20");
        assertThat(balance.get("payment_methods").toString()).isEqualTo("[]");   // no UPI address, Razorpay off: none online
        assertThat(balance.get("payment_link").asText()).isEqualTo(paymentLinks.forBalance(
                network.khata.api.identity.NetworkIds.partyId(fertilizer.businessId(), java.util.UUID.fromString(atFertilizer.id()))));

        JsonNode dashboard = asCustomer("GET", "/api/customer-portal/dashboard", token, null).body();
        assertThat(dashboard.get("businesses").findValuesAsText("business_name")).containsExactly("Book Shop", "Fertilizer Shop");
        assertThat(dashboard.get("total_outstanding").decimalValue()).isEqualByComparingTo("2800");
        assertThat(dashboard.get("unpaid_invoices").asLong()).isEqualTo(2);
        assertThat(dashboard.get("recent_invoices")).hasSize(3);

        Response pdf = send("GET", "/api/customer-portal/invoices/" + unpaid + "/pdf", Map.of("Authorization", "Bearer " + token), null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(asCustomer("GET", "/api/customer-portal/invoices?status=overdue", token, null).status()).isEqualTo(400);
    }

    private Response refresh(String refreshToken) {
        return send("POST", "/api/customer-portal/token/refresh", Map.of(), "{\"refresh_token\": \"" + refreshToken + "\"}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Issue 21: a business that set UPI alone, with Razorpay off, is offered as UPI alone (it was upi, card, netbanking). */
    @Test
    void theBalanceOffersExactlyTheWaysTheBusinessTakesPayment() {
        Owner shop = newBusiness("Kirana Store");
        assertThat(send("PUT", "/api/business/payment-settings", shop.headers(),
                "{\"upi_vpa\": \"kirana@ybl\", \"methods\": [\"upi\"]}").status()).isEqualTo(200);
        Customer customer = registerCustomer(shop, "Sunita", newPhone(), false);
        invoice(shop, customer, "INV-K1", "300");
        String token = signedIn(customer.phone()).get("token").asText();
        await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(asCustomer("GET",
                "/api/customer-portal/balance?business_id=" + shop.businessId(), token, null).body().get("payment_methods").toString())
                .isEqualTo("[\"upi\"]"));
    }

    /**
     * Issues 21 and 22: the portal asked for a code seconds after the business's welcome code. The portal's code is a
     * code of its own (it never replaces the one the customer got at the counter), the answer says what is true, the
     * request is counted as what it was, and the welcome code still signs the customer in. The business asking again is
     * told no new code went, and why: its own code went out less than a minute ago.
     */
    @Test
    void aPortalCodeAfterTheWelcomeCodeIsACodeOfItsOwnAndEveryAnswerSaysWhatIsTrue(
            @org.springframework.beans.factory.annotation.Autowired io.micrometer.core.instrument.MeterRegistry meters) {
        Owner shop = newBusiness("Seed Shop");
        String phone = newPhone();
        String register = "{\"name\": \"Meena\", \"phone\": \"%s\"}".formatted(phone);
        assertThat(post("/api/customers/auto-register", shop, register).body().get("otp_sent_to_phone").asBoolean()).isTrue();
        await().until(() -> otps(phone).size() == 1);
        JsonNode again = post("/api/customers/auto-register", shop, register).body();
        assertThat(again.get("otp_sent_to_phone").asBoolean()).isFalse();
        assertThat(again.get("message").asText()).startsWith("Customer already registered. No new code sent: one went to this "
                + "phone less than a minute ago and is still valid. Another can be sent in ");
        io.micrometer.core.instrument.Counter sent = meters.counter("khata.otp.requests", "path", "portal", "outcome", "sent");
        double before = sent.count();

        String address = newAddress();
        Response asked = requestCode(phone, address);
        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body().get("message").asText()).isEqualTo("If " + phone + " has invoices in the network, a 6-digit "
                + "code from the last minute is on its way to it by SMS, or already there: use the latest one. It is valid for 10 minutes.");
        assertThat(sent.count()).isEqualTo(before + 1);
        await().until(() -> otps(phone).size() == 2);
        assertThat(signIn(phone, codeSentTo(phone, 1), address).status()).isEqualTo(200);   // the welcome code
    }
}
