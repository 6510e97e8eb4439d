package network.khata.notifications.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.api.messaging.NotificationStatus;
import network.khata.notifications.ProviderReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MSG91's delivery-report webhook: a JSON array of {@code {requestId, report: [{number, status, desc}]}}. MSG91 does
 * not sign it, so the URL carries a secret token ({@code ?token=}) compared in constant time. Status 1 is delivered;
 * 2 (failed), 9 (NDNC), 16, 17, 25, 26 (rejected or blocked) are failures; others (8: submitted) change nothing.
 */
public class Msg91DeliveryReports {
    private static final Set<String> FAILED = Set.of("2", "9", "16", "17", "25", "26");

    private final byte[] token;
    private final ObjectMapper json;

    public Msg91DeliveryReports(String token, ObjectMapper json) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    public boolean isAuthentic(String givenToken) {
        return givenToken != null && MessageDigest.isEqual(token, givenToken.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IOException when the body is not MSG91's JSON */
    public List<ProviderReport> reports(String payload) throws IOException {
        JsonNode root = json.readTree(payload);
        List<ProviderReport> reports = new ArrayList<>();
        for (JsonNode request : root.isArray() ? root : json.createArrayNode().add(root)) {
            String requestId = request.path("requestId").asText(null);
            if (requestId == null) {
                throw new IOException("a report without requestId");
            }
            for (JsonNode report : request.path("report")) {
                String code = report.path("status").asText();
                NotificationStatus status = "1".equals(code) ? NotificationStatus.DELIVERED
                        : FAILED.contains(code) ? NotificationStatus.FAILED : null;
                if (status != null) {
                    reports.add(new ProviderReport(requestId, true, status, report.path("desc").asText(code)));
                }
            }
        }
        return reports;
    }
}
