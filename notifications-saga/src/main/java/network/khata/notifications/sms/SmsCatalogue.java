package network.khata.notifications.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where each {@link SmsTemplate} is registered, per language: its MSG91 flow (template) id and its DLT template id,
 * all under one registered sender id ({@code khata.sms.catalogue.<purpose>.<language>.flow-id}, {@code .dlt-template-id},
 * {@code khata.sms.sender}). Complete or refused at startup: an SMS with no registered template is not sent at all.
 */
public record SmsCatalogue(String sender, Map<String, Map<String, Registration>> registrations) {

    public record Registration(String flowId, String dltTemplateId) {
    }

    public SmsCatalogue {
        List<String> missing = new ArrayList<>();
        if (sender == null || sender.isBlank()) {
            missing.add("khata.sms.sender");
        }
        for (SmsTemplate template : SmsTemplate.values()) {
            for (String language : SmsTemplate.LANGUAGES) {
                Registration registration = registrations.getOrDefault(template.code(), Map.of()).get(language);
                String at = "khata.sms.catalogue." + template.code() + "." + language;
                if (registration == null || blank(registration.flowId())) {
                    missing.add(at + ".flow-id");
                }
                if (registration == null || blank(registration.dltTemplateId())) {
                    missing.add(at + ".dlt-template-id");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("SMS templates not registered: " + String.join(", ", missing));
        }
    }

    public Registration of(String template, String language) {
        return registrations.get(template).get(SmsTemplate.languageOf(language));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
