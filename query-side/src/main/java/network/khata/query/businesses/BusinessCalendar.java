package network.khata.query.businesses;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Today where the business is (its zone in {@code businesses}): what "overdue" and "this month" are counted from. */
@Component
public class BusinessCalendar {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BusinessCalendar(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today(UUID businessId) {
        String zone = jdbc.query("SELECT time_zone FROM businesses WHERE id = ?", (rs, row) -> rs.getString(1), businessId)
                .stream().findFirst().orElse("Asia/Kolkata");
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }
}
