package network.khata.api.team;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do for a business. Staff run the counter: create invoices, record payments, send and remind, read
 * invoices and customers. Only an owner changes settings, sees the money summary, analytics and the audit trail, and
 * manages the team.
 */
public enum TeamRole {
    OWNER, STAFF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TeamRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }
}
