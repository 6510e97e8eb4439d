package network.khata.app.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.query.audit.AuditQueries;
import network.khata.query.audit.FindAuditEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark, not a test: {@code scripts/bench-audit.sh [events]}. Fills a fresh event store with {@code events} events
 * (default 1,000,000) of 1,000 businesses, then times the audit trail's query (the query handler itself, over JDBC) for
 * a business with 1,000 events and for one with none, 20 warm-up and 200 measured calls each, and prints the plan.
 */
public final class AuditBench {
    private static final int BUSINESSES = 1000;

    private AuditBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path resultFile = Path.of(args.length > 1 ? args[1] : "audit-bench.txt").toAbsolutePath();
        SingleConnectionDataSource dataSource = ReadBench.freshDatabase("audit-bench");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        long filling = System.nanoTime();
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                                                aggregate_identifier, sequence_number, type)
                SELECT md5(i::text), convert_to(json_build_object('businessId', uuid_in(md5('business-' || (i % ?))::cstring),
                           'actorKind', 'owner', 'correlationId', md5(i::text))::text, 'UTF8'),
                       convert_to('{"name": "Customer ' || i || '"}', 'UTF8'), 'network.khata.api.customers.CustomerRegistered',
                       '2026-11-30T00:00:00Z', 'party-' || i, 0, 'BusinessCustomer'
                FROM generate_series(1, ?) AS i""", BUSINESSES, events);
        jdbc.execute("ANALYZE domain_event_entry");
        double fillSeconds = (System.nanoTime() - filling) / 1e9;

        UUID busy = jdbc.queryForObject("SELECT uuid_in(md5('business-7')::cstring)", UUID.class);
        UUID none = UUID.randomUUID();
        AuditQueries audit = new AuditQueries(new NamedParameterJdbcTemplate(dataSource), new ObjectMapper());
        StringBuilder result = new StringBuilder(String.format("audit trail, %,d events of %,d businesses in the store "
                + "(filled in %.0f s, indexed as they went in); %d cores, driver and PostgreSQL on this machine%n",
                events, BUSINESSES, fillSeconds, Runtime.getRuntime().availableProcessors()));
        for (Map.Entry<String, UUID> business : Map.of("a business with " + events / BUSINESSES + " events, first page of 50", busy,
                "a business with no events", none).entrySet()) {
            FindAuditEvents query = new FindAuditEvents(business.getValue(), null, null, null, null, 0, 50);
            result.append(String.format("%s: %s%n", business.getKey(), ReadBench.time(() -> audit.handle(query))));
        }
        result.append("plan:").append(System.lineSeparator());
        jdbc.queryForList("""
                        EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT global_index FROM domain_event_entry
                        WHERE global_index > 0 AND khata_event_business(meta_data) = ? ORDER BY global_index LIMIT 51""",
                        String.class, none.toString())
                .forEach(line -> result.append("    ").append(line).append(System.lineSeparator()));
        ReadBench.report(result, resultFile);
        dataSource.destroy();
    }
}
