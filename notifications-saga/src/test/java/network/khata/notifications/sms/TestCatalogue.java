package network.khata.notifications.sms;

import java.util.HashMap;
import java.util.Map;

/** Every template registered, flow ids {@code flow-<purpose>-<language>}, sender {@code KHATAN}. */
final class TestCatalogue {
    private TestCatalogue() {
    }

    static SmsCatalogue complete() {
        Map<String, Map<String, SmsCatalogue.Registration>> registrations = new HashMap<>();
        for (SmsTemplate template : SmsTemplate.values()) {
            Map<String, SmsCatalogue.Registration> languages = new HashMap<>();
            for (String language : SmsTemplate.LANGUAGES) {
                languages.put(language, new SmsCatalogue.Registration("flow-" + template.code() + "-" + language,
                        "1107" + Math.abs((template.code() + language).hashCode())));
            }
            registrations.put(template.code(), languages);
        }
        return new SmsCatalogue("KHATAN", registrations);
    }
}
