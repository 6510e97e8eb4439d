package network.khata.notifications.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * How SMS goes out ({@code khata.sms.*}): {@code provider} {@code local} (log and keep) or {@code msg91}; the DLT
 * {@code sender} id and each template's registration by purpose and language ({@code catalogue}), which
 * {@link SmsCatalogue} checks at start-up when MSG91 sends.
 */
@ConfigurationProperties("khata.sms")
public record SmsSettings(@DefaultValue("local") String provider, String sender,
                          Map<String, Map<String, SmsCatalogue.Registration>> catalogue) {
}
