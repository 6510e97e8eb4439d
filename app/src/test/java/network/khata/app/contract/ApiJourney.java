package network.khata.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * One walk through every operation of the API document, as its callers make them: the owner (settings, a customer, an
 * invoice, a payment, a send, reports), the customer (code, sign-in, portal reads, preferences, session), the core
 * ledger (businesses), the onboarded owner (sign-in with a code, the team), the operator (processing groups) and the
 * providers (webhooks). Every exchange is judged by
 * {@link ApiContract}; the outcome also names each operation of the document the walk did not make. Run inside
 * {@code mvn verify} by ApiJourneyHttpTest and against a started local service by {@code scripts/api-journey.sh}.
 */
public final class ApiJourney {
    /**
     * How each caller proves who it is. {@code owner} null: the walk gets a business and its owner's token from
     * {@code POST /api/dev/owner-tokens} (local profile). {@code latestCode} answers the newest code sent to a phone.
     */
    public record Callers(String baseUrl, Map<String, String> owner, String serviceToken, String operator,
                          Function<String, String> latestCode) {
    }

    /** What the walk found: answers the document does not allow, and operations it has that the walk did not make. */
    public record Outcome(int exchanges, List<String> violations, Set<String> notMade) {
    }

    private record Answer(int status, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Callers callers;
    private final ApiContract contract;
    private final Set<String> documented = new TreeSet<>();
    private final Set<String> made = new TreeSet<>();
    private final List<String> violations = new ArrayList<>();
    private int exchanges;

    public ApiJourney(Callers callers) throws IOException, InterruptedException {
        this.callers = callers;
        String document = http.send(HttpRequest.newBuilder(URI.create(callers.baseUrl() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        this.contract = new ApiContract(document);
        JSON.readTree(document).get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
    }

    public Outcome walk() throws IOException, InterruptedException {
        Map<String, String> owner = callers.owner() != null ? callers.owner() : localOwner();
        String phone = "98765" + (10000 + ThreadLocalRandom.current().nextInt(90000));
        String invoice = ownerJourney(owner, phone);
        customerJourney(phone, invoice, owner);
        String ownerPhone = "98124" + (10000 + ThreadLocalRandom.current().nextInt(90000));
        String business = serviceJourney(ownerPhone);
        operatorJourney();
        providerJourney();
        teamJourney(business, ownerPhone); // last: the onboarded owner's team row is in the read model by now
        Set<String> notMade = new TreeSet<>(documented);
        notMade.removeAll(made);
        return new Outcome(exchanges, List.copyOf(violations), notMade);
    }

    private Map<String, String> localOwner() throws IOException, InterruptedException {
        JsonNode minted = call("POST", "/api/dev/owner-tokens", Map.of(), "", Map.of(), "{\"business_name\": \"Journey Shop\", "
                + "\"owner_phone\": \"9812" + (100000 + ThreadLocalRandom.current().nextInt(900000)) + "\"}").body();
        return Map.of("Authorization", "Bearer " + minted.get("token").asText(), "X-Business-ID", minted.get("business_id").asText());
    }

    /** @return the invoice the customer will see */
    private String ownerJourney(Map<String, String> owner, String phone) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        call("PUT", "/api/business/payment-settings", Map.of(), "", owner,
                "{\"upi_vpa\": \"journey.shop@okaxis\", \"payee_name\": \"Journey Shop\", \"methods\": [\"upi\"]}");
        call("GET", "/api/business/payment-settings", Map.of(), "", owner, null);
        call("PUT", "/api/business/channel-order", Map.of(), "", owner, "{\"order\": [\"sms\", \"whatsapp\", \"email\"]}");
        call("PUT", "/api/business/reminder-policy", Map.of(), "", owner, "{\"enabled\": true, \"channels\": [\"sms\", \"email\"]}");
        call("GET", "/api/business/reminder-policy", Map.of(), "", owner, null);
        String customer = call("POST", "/api/customers/auto-register", Map.of(), "", owner, """
                {"name": "Journey Customer", "phone": "%s", "email": "journey@example.in", "profile_type": "individual"}"""
                .formatted(phone)).body().get("customer_id").asText();
        call("GET", "/api/customers/search", Map.of(), "q=Journey&limit=5", owner, null);
        call("GET", "/api/customers/search", Map.of(), "q=", owner, null); // refused: 400 naming q
        String invoice = call("POST", "/api/invoices", Map.of(), "", owner, """
                {"customer_id": "%s", "invoice_number": "J-%s", "amount": 2500, "due_date": "%s", "description": "Urea, 10 bags"}"""
                .formatted(customer, phone, today.plusDays(10))).body().get("invoice_id").asText();
        Map<String, String> id = Map.of("invoiceId", invoice);
        call("POST", "/api/invoices/{invoiceId}/payments", id, "", owner, "{\"amount\": 500, \"method\": \"upi\"}");
        call("GET", "/api/invoices/{invoiceId}/payments", id, "", owner, null);
        String notification = call("POST", "/api/invoices/{invoiceId}/send-to-customer", id, "", owner,
                "{\"channels\": [\"sms\", \"email\"]}").body().get("notification_id").asText();
        call("GET", "/api/notifications/{notificationId}", Map.of("notificationId", notification), "", owner, null);
        call("GET", "/api/invoices/{invoiceId}/pdf", id, "", owner, null);
        call("GET", "/api/invoices/{invoiceId}/pdf", Map.of("invoiceId", UUID.randomUUID().toString()), "", owner, null); // 404
        call("PUT", "/api/invoices/{invoiceId}/reminders", id, "", owner, "{\"paused\": false}");
        call("GET", "/api/invoices/{invoiceId}/reminders", id, "", owner, null);
        call("GET", "/api/reminders/upcoming", Map.of(), "days=7", owner, null);
        call("GET", "/api/notifications/delivery-report", Map.of(), "date_from=" + today.minusDays(7) + "&date_to=" + today, owner, null);
        call("GET", "/api/analytics/customer-network", Map.of(), "period=last_30_days", owner, null);
        call("GET", "/api/analytics/customer-network/export", Map.of(), "format=csv", owner, null);
        call("GET", "/api/analytics/customer-network/export", Map.of(), "format=pdf", owner, null);
        call("GET", "/api/invoices", Map.of(), "status=partially_paid&sort=due&limit=10", owner, null);
        call("GET", "/api/invoices", Map.of(), "cursor=not-a-cursor", owner, null); // refused: 400
        call("GET", "/api/invoices/{invoiceId}", id, "", owner, null);
        call("GET", "/api/customers", Map.of(), "sort=outstanding&limit=10", owner, null);
        Map<String, String> who = Map.of("customerId", customer);
        call("GET", "/api/customers/{customerId}/ledger", who, "", owner, null);
        call("GET", "/api/customers/{customerId}/ledger/export", who, "from=" + today.minusDays(30), owner, null);
        call("GET", "/api/money/summary", Map.of(), "", owner, null);
        call("GET", "/api/analytics/benchmark", Map.of(), "", owner, null);
        bulkJourney(owner);
        call("GET", "/api/feed", Map.of(), "limit=10", owner, null);
        call("POST", "/api/feed/read", Map.of(), "", owner, null);
        call("GET", "/api/audit/events", Map.of(), "limit=5", owner, null);
        call("GET", "/api/audit/events", Map.of(), "", Map.of(), null); // refused: 401 without a token
        return invoice;
    }

    /** Issue 26: a customer file with one bad row, followed to its job; a file without a phone column; a bulk reminder. */
    private void bulkJourney(Map<String, String> owner) throws IOException, InterruptedException {
        Map<String, String> csv = new LinkedHashMap<>(owner);
        csv.put("Content-Type", "text/csv");
        String phone = "98" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        JsonNode imported = call("POST", "/api/customers/imports", Map.of(), "", csv, "name,phone\nJourney Import," + phone + "\n,123\n").body();
        call("POST", "/api/customers/imports", Map.of(), "dry_run=true", csv, "name,email\nNo Phone,x@example.com\n"); // 422
        call("GET", "/api/jobs/{jobId}", Map.of("jobId", imported.get("job_id").asText()), "", owner, null);
        call("GET", "/api/jobs/{jobId}", Map.of("jobId", UUID.randomUUID().toString()), "", owner, null); // 404
        call("POST", "/api/reminders/overdue", Map.of(), "", owner, "{\"channels\": [\"sms\"]}");
    }

    private void customerJourney(String phone, String invoice, Map<String, String> owner) throws IOException, InterruptedException {
        String business = owner.get("X-Business-ID");
        call("POST", "/api/customer-portal/otp", Map.of(), "", Map.of(), "{\"phone\": \"" + phone + "\"}");
        call("POST", "/api/customer-portal/register", Map.of(), "", Map.of(), "{\"phone\": \"" + phone + "\", \"otp\": \"000000\"}"); // 401
        JsonNode signedIn = call("POST", "/api/customer-portal/register", Map.of(), "", Map.of(),
                "{\"phone\": \"" + phone + "\", \"otp\": \"" + callers.latestCode().apply(phone) + "\"}").body();
        Map<String, String> customer = Map.of("Authorization", "Bearer " + signedIn.get("token").asText());
        call("GET", "/api/customer-portal/dashboard", Map.of(), "", customer, null);
        call("GET", "/api/customer-portal/invoices", Map.of(), "", customer, null);
        call("GET", "/api/customer-portal/invoices", Map.of(), "business_id=" + business + "&status=unpaid", customer, null);
        call("GET", "/api/customer-portal/balance", Map.of(), "business_id=" + business, customer, null);
        call("GET", "/api/customer-portal/invoices/{invoiceId}/pdf", Map.of("invoiceId", invoice), "", customer, null);
        Map<String, String> id = Map.of("invoiceId", invoice);
        call("POST", "/api/customer-portal/invoices/{invoiceId}/dispute", id, "", customer,
                "{\"reason\": \"wrong_amount\", \"note\": \"We agreed 2,000\"}");
        call("POST", "/api/invoices/{invoiceId}/dispute-answer", id, "", owner,
                "{\"resolution\": \"upheld\", \"note\": \"The bill says 10 bags\"}");
        call("GET", "/api/customer-portal/invoices/{invoiceId}/conversation", id, "", customer, null);
        call("POST", "/api/customer-portal/invoices/{invoiceId}/confirm", id, "", customer, null);
        call("POST", "/api/customer-portal/businesses/{businessId}/not-me", Map.of("businessId", UUID.randomUUID().toString()), "",
                customer, null); // 404: no business of that id holds the number
        call("GET", "/api/customer-portal/statement", Map.of(), "", customer, null);
        call("GET", "/api/customer-portal/statement/export", Map.of(), "lang=hi&business_id=" + business, customer, null);
        call("GET", "/api/customer-portal/statement/export", Map.of(), "format=pdf", customer, null);
        call("PUT", "/api/customer-portal/preferences", Map.of(), "", customer,
                "{\"notifications_enabled\": true, \"preferred_channels\": [\"sms\", \"email\"], \"preferred_language\": \"hi\"}");
        JsonNode refreshed = call("POST", "/api/customer-portal/token/refresh", Map.of(), "", Map.of(),
                "{\"refresh_token\": \"" + signedIn.get("refresh_token").asText() + "\"}").body();
        call("DELETE", "/api/customer-portal/token/refresh", Map.of(), "", Map.of(),
                "{\"refresh_token\": \"" + refreshed.get("refresh_token").asText() + "\"}");
        call("POST", "/api/customer-portal/token/refresh", Map.of(), "", Map.of(), "{\"refresh_token\": \"signed-out\"}"); // 401
    }

    /** @return the business onboarded, with {@code ownerPhone} as its owner */
    private String serviceJourney(String ownerPhone) throws IOException, InterruptedException {
        Map<String, String> service = Map.of("Authorization", "Bearer " + callers.serviceToken());
        String business = UUID.randomUUID().toString();
        call("POST", "/api/internal/businesses", Map.of(), "", service, "{\"business_id\": \"" + business
                + "\", \"name\": \"Journey Wholesale\", \"time_zone\": \"Asia/Kolkata\", \"owner_phone\": \"" + ownerPhone + "\"}");
        call("PUT", "/api/internal/businesses/{businessId}", Map.of("businessId", business), "", service,
                "{\"name\": \"Journey Wholesale and Sons\"}");
        return business;
    }

    /** The onboarded owner signs in with a code, adds and removes a staff member, renews the session and signs out. */
    private void teamJourney(String business, String ownerPhone) throws IOException, InterruptedException {
        call("POST", "/api/team/otp", Map.of(), "", Map.of(), "{\"phone\": \"" + ownerPhone + "\"}");
        call("POST", "/api/team/sign-in", Map.of(), "", Map.of(), "{\"phone\": \"" + ownerPhone + "\", \"otp\": \"000000\"}"); // 401
        JsonNode session = call("POST", "/api/team/sign-in", Map.of(), "", Map.of(),
                "{\"phone\": \"" + ownerPhone + "\", \"otp\": \"" + callers.latestCode().apply(ownerPhone) + "\"}").body();
        Map<String, String> owner = Map.of("Authorization", "Bearer " + session.get("token").asText(), "X-Business-ID", business);
        String staffPhone = "+9198125" + (10000 + ThreadLocalRandom.current().nextInt(90000));
        call("POST", "/api/team/members", Map.of(), "", owner, "{\"phone\": \"" + staffPhone + "\", \"role\": \"staff\"}");
        call("GET", "/api/team/members", Map.of(), "", owner, null);
        call("DELETE", "/api/team/members/{phone}", Map.of("phone", staffPhone), "", owner, null);
        call("DELETE", "/api/team/members/{phone}", Map.of("phone", "+91" + ownerPhone), "", owner, null); // 409: the only owner
        JsonNode renewed = call("POST", "/api/team/token/refresh", Map.of(), "", Map.of(),
                "{\"refresh_token\": \"" + session.get("refresh_token").asText() + "\"}").body();
        call("DELETE", "/api/team/token/refresh", Map.of(), "", Map.of(), "{\"refresh_token\": \"" + renewed.get("refresh_token").asText() + "\"}");
    }

    private void operatorJourney() throws IOException, InterruptedException {
        Map<String, String> operator = Map.of("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(callers.operator().getBytes(StandardCharsets.UTF_8)));
        Map<String, String> search = Map.of("group", "customer-search");
        Map<String, String> letter = Map.of("group", "customer-search", "letterId", UUID.randomUUID().toString());
        call("GET", "/admin/processors", Map.of(), "", operator, null);
        call("GET", "/admin/processors/{group}", search, "", operator, null);
        call("GET", "/admin/processors/{group}/dead-letters", search, "", operator, null);
        call("POST", "/admin/processors/{group}/dead-letters/{letterId}/retry", letter, "", operator, null); // 409
        call("DELETE", "/admin/processors/{group}/dead-letters/{letterId}", letter, "", operator, null); // 404
        // a segment that does not exist is neither split nor merged (409): the answers, without resizing a shared group
        call("POST", "/admin/processors/{group}/segments/{segment}/split", Map.of("group", "customer-search", "segment", "99"), "", operator, null);
        call("POST", "/admin/processors/{group}/segments/{segment}/merge", Map.of("group", "customer-search", "segment", "99"), "", operator, null);
        // a saga's processor is not replayed (409): the journey shows the answer without rebuilding a shared read model
        call("POST", "/admin/processors/{group}/replay", Map.of("group", "message-delivery"), "", operator, null);
    }

    /** Without the providers' secrets every webhook is refused (401/403), or 404 where the provider is not configured. */
    private void providerJourney() throws IOException, InterruptedException {
        call("POST", "/api/webhooks/msg91", Map.of(), "token=journey", Map.of(), "[]");
        call("POST", "/api/webhooks/sendgrid", Map.of(), "", Map.of(), "[]");
        call("GET", "/api/webhooks/whatsapp", Map.of(), "hub.mode=subscribe&hub.verify_token=journey&hub.challenge=42", Map.of(), null);
        call("POST", "/api/webhooks/whatsapp", Map.of(), "", Map.of(), "{\"entry\": []}");
        call("POST", "/api/webhooks/razorpay", Map.of(), "", Map.of(), "{\"event\": \"payment.captured\"}");
    }

    private Answer call(String method, String template, Map<String, String> variables, String query, Map<String, String> headers,
                        String body) throws IOException, InterruptedException {
        String path = template;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(callers.baseUrl() + path + (query.isEmpty() ? "" : "?" + query)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        Map<String, List<String>> sent = new LinkedHashMap<>();
        headers.forEach((name, value) -> sent.put(name, List.of(value)));
        if (body != null) {
            sent.putIfAbsent("Content-Type", List.of("application/json"));
        }
        sent.forEach((name, values) -> request.header(name, values.get(0)));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        exchanges++;
        made.add(method + " " + template);
        violations.addAll(contract.violations(new ApiContract.Exchange(method, path, queryParameters(query), sent, body,
                response.statusCode(), response.headers().map(), response.body())));
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return new Answer(response.statusCode(), json && response.body().length > 0 ? JSON.readTree(response.body()) : JSON.nullNode());
    }

    private static Map<String, List<String>> queryParameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), name -> new ArrayList<>())
                    .add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    /**
     * {@code scripts/api-journey.sh}: walks a started local service (profile local) and reads the customer's code
     * from its log. Arguments: base URL, log file, operator password, service token secret. Exits 1 on a violation
     * or an operation not made.
     */
    public static void main(String[] args) throws Exception {
        // the validator says at INFO that it does not read PDF and CSV bodies; the walk's own lines are what to read
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.atlassian.oai")).setLevel(ch.qos.logback.classic.Level.WARN);
        String baseUrl = args[0];
        java.nio.file.Path log = java.nio.file.Path.of(args[1]);
        String serviceToken = new network.khata.app.security.ServiceTokens(
                new network.khata.app.security.TokenSettings.Service(args[3], java.time.Duration.ofHours(24)),
                new network.khata.app.security.TokenSettings.Jwt("smartkhata", java.time.Duration.ofHours(24)))
                .mint(network.khata.app.security.ServiceTokens.BUSINESSES, java.time.Instant.now(), java.time.Duration.ofMinutes(10));
        Outcome outcome = new ApiJourney(new Callers(baseUrl, null, serviceToken, "admin:" + args[2],
                phone -> LocalLogCodes.latest(log, phone))).walk();
        System.out.println(outcome.exchanges() + " exchanges; " + outcome.violations().size() + " violations; operations not made: "
                + outcome.notMade());
        outcome.violations().forEach(violation -> System.out.println("  " + violation));
        System.exit(outcome.violations().isEmpty() && outcome.notMade().isEmpty() ? 0 : 1);
    }
}
