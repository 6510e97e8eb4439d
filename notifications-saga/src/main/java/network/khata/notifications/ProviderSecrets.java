package network.khata.notifications;

/**
 * A provider that is switched on does not start without its secrets: an empty webhook token or key would accept (or
 * sign, or verify) anything, and a missing API key would fail every message at run time instead of at start.
 */
public final class ProviderSecrets {
    private ProviderSecrets() {
    }

    /** @return the value; @throws IllegalStateException naming the setting when it is missing or blank */
    public static String required(String setting, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(setting + " must be set (not empty) while its provider is switched on");
        }
        return value;
    }
}
