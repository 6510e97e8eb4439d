package network.khata.app;

import network.khata.notifications.sms.SmsTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A complete SMS catalogue for tests against the MSG91 stand-in: flow {@code flow-<purpose>-<language>}, sender KHATAN. */
public final class Msg91Flows {
    private Msg91Flows() {
    }

    public static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("khata.sms.sender", "KHATAN");
        for (SmsTemplate template : SmsTemplate.values()) {
            for (String language : SmsTemplate.LANGUAGES) {
                String at = "khata.sms.catalogue." + template.code() + "." + language;
                properties.put(at + ".flow-id", flow(template.code(), language));
                properties.put(at + ".dlt-template-id", "1107" + String.format("%015d", Math.abs((template.code() + language).hashCode())));
            }
        }
        return properties;
    }

    public static String flow(String purpose, String language) {
        return "flow-" + purpose + "-" + language;
    }

    public static List<String> arguments() {
        return properties().entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
    }

    public static void register(DynamicPropertyRegistry registry) {
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }
}
