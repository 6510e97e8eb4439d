package network.khata.api.businesses;

import java.time.ZoneId;

/**
 * The time zone of a business that did not name one: India's. Its days (due dates, analytics days, "today" in the
 * portal) are counted in it. The one place this fact is written in Java; the read-model table's column default
 * (V20261124_02) says the same for rows written before a business named its zone.
 */
public final class BusinessTimeZone {
    public static final ZoneId DEFAULT = ZoneId.of("Asia/Kolkata");

    private BusinessTimeZone() {
    }

    /** The zone named, or {@link #DEFAULT} when none was. */
    public static String orDefault(String timeZone) {
        return timeZone == null || timeZone.isBlank() ? DEFAULT.getId() : timeZone;
    }
}
