package network.khata.app.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import network.khata.query.audit.AuditQueries;
import network.khata.query.audit.FindAuditEvents;
import network.khata.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(TestPostgres.jdbcUrl("audit-bench"), TestPostgres.user(), "", true);
        Flyway.configure().dataSource(dataSource).placeholders(Map.of("appRole", "khata_app")).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        long filling = System.nanoTime();
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                                                aggregate_identifier, sequence_number, type)
                SELECT md5(i::text), convert_to(json_build_object('businessId', uuid_in(md5('business-' || (i % ?))::cstring),
                           'actorKind', 'owner', 'correlationId', md5(i::text))::text, 'UTF8'),
                       convert_to('{"name": "Customer ' || i || '"}', 'UTF8'), 'network.khata.api.customer.CustomerRegistered',
                       '2026-11-30T00:00:00Z', 'party-' || i, 0, 'Party'
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
            for (int i = 0; i < 20; i++) {
                audit.handle(query);
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long started = System.nanoTime();
                audit.handle(query);
                micros.add((System.nanoTime() - started) / 1000);
            }
            List<Long> sorted = micros.stream().sorted().toList();
            result.append(String.format("%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms (200 calls)%n", business.getKey(),
                    sorted.get(99) / 1000.0, sorted.get(189) / 1000.0, sorted.get(199) / 1000.0));
        }
        result.append("plan:").append(System.lineSeparator());
        jdbc.queryForList("""
                        EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT global_index FROM domain_event_entry
                        WHERE global_index > 0 AND khata_event_business(meta_data) = ? ORDER BY global_index LIMIT 51""",
                        String.class, none.toString())
                .forEach(line -> result.append("    ").append(line).append(System.lineSeparator()));
        System.out.print(result);
        Files.createDirectories(resultFile.getParent());
        Files.writeString(resultFile, result);
        System.out.println("written to " + resultFile);
        dataSource.destroy();
    }
}
