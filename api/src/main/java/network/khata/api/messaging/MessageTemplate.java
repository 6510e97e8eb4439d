package network.khata.api.messaging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum MessageTemplate {
    DEFAULT, URGENT, REMINDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MessageTemplate> fromCode(String code) {
        return Arrays.stream(values()).filter(template -> template.code().equals(code)).findFirst();
    }
}
