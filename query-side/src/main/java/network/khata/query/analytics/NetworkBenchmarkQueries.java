package network.khata.query.analytics;

import network.khata.query.analytics.NetworkBenchmark.Metric;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers {@link FindNetworkBenchmark} from the analytics projection's {@code analytics_standing}: the business's own
 * figures, and over the businesses of its category and size band each metric's quartiles (PostgreSQL's
 * {@code percentile_cont}, interpolated as spreadsheets do), withheld below {@link #MINIMUM_BUSINESSES}.
 */
@Component
public class NetworkBenchmarkQueries {
    public static final int MINIMUM_BUSINESSES = 10;

    private record Definition(String column, String unit, String better) {
    }

    private static final List<Definition> METRICS = List.of(
            new Definition("verification_rate", "percent", "higher"),
            new Definition("portal_access_rate", "percent", "higher"),
            new Definition("days_to_pay", "days", "lower"),
            new Definition("collection_rate", "percent", "higher"),
            new Definition("repeat_customer_rate", "percent", "higher"));

    private static final String BAND = "CASE WHEN %1$s < 100 THEN 'small' WHEN %1$s < 1000 THEN 'medium' ELSE 'large' END";

    private final JdbcTemplate jdbc;

    public NetworkBenchmarkQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public NetworkBenchmark handle(FindNetworkBenchmark query) {
        String columns = METRICS.stream().map(Definition::column).collect(Collectors.joining(", "));
        Map<String, Object> me = jdbc.queryForList("SELECT b.category, " + BAND.formatted("coalesce(s.customers, 0)") + " AS band, "
                + columns + " FROM analytics_businesses b LEFT JOIN analytics_standing s ON s.business_id = b.business_id"
                + " WHERE b.business_id = ?", query.businessId()).stream().findFirst().orElse(Map.of("band", "small"));
        String category = (String) me.get("category");
        String band = (String) me.get("band");
        String aggregates = METRICS.stream().map(metric -> "count(s.%1$s), percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY s.%1$s)"
                .formatted(metric.column())).collect(Collectors.joining(", "));
        return jdbc.query("SELECT count(*), " + aggregates + " FROM analytics_standing s JOIN analytics_businesses b ON b.business_id = s.business_id"
                        + " WHERE (?::text IS NULL OR b.category = ?) AND " + BAND.formatted("s.customers") + " = ?",
                rs -> {
                    rs.next();
                    List<Metric> metrics = new ArrayList<>();
                    for (int i = 0; i < METRICS.size(); i++) {
                        Definition metric = METRICS.get(i);
                        int businesses = rs.getInt(2 + 2 * i);
                        BigDecimal[] quartiles = businesses >= MINIMUM_BUSINESSES ? quartiles(rs, 3 + 2 * i) : new BigDecimal[3];
                        metrics.add(new Metric(metric.column(), metric.unit(), metric.better(), (BigDecimal) me.get(metric.column()),
                                businesses, quartiles[0], quartiles[1], quartiles[2]));
                    }
                    return new NetworkBenchmark(category, band, rs.getInt(1), MINIMUM_BUSINESSES, metrics);
                }, category, category, band);
    }

    private static BigDecimal[] quartiles(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        Object[] values = array == null ? new Object[3] : (Object[]) array.getArray();
        BigDecimal[] quartiles = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            quartiles[i] = values[i] == null ? null : BigDecimal.valueOf(((Number) values[i]).doubleValue()).setScale(2, RoundingMode.HALF_UP);
        }
        return quartiles;
    }
}
