package network.khata.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/**
 * The one place that says which parts of which events an auditor never sees: a one-time code's keyed hash and its
 * sealed form (in {@code OtpIssued}, and inside the content of the SMS that carries it). Each named field is
 * replaced by {@value #REDACTED} wherever it occurs in the event's payload, nested content included.
 */
final class AuditRedaction {
    static final String REDACTED = "[redacted]";
    private static final Map<String, Set<String>> SECRETS = Map.of(
            "OtpIssued", Set.of("codeHash", "sealedCode"),
            "NotificationRequested", Set.of("sealedCode"));

    private AuditRedaction() {
    }

    static JsonNode redact(String eventType, JsonNode payload) {
        Set<String> secrets = SECRETS.get(eventType);
        if (secrets != null && payload != null) {
            hide(payload, secrets);
        }
        return payload;
    }

    private static void hide(JsonNode node, Set<String> secrets) {
        if (node instanceof ObjectNode object) {
            for (String name : secrets) {
                if (object.hasNonNull(name)) {
                    object.put(name, REDACTED);
                }
            }
            object.elements().forEachRemaining(child -> hide(child, secrets));
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(child -> hide(child, secrets));
        }
    }
}
