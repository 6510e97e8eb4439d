package network.khata.app.load;

import com.zaxxer.hikari.HikariDataSource;
import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.ProfileType;
import network.khata.app.config.AxonStorageConfiguration;
import network.khata.testsupport.TestMigrations;
import network.khata.testsupport.TestPostgres;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test: {@code scripts/bench-append.sh [seconds] [threads ...]}. How fast this machine's PostgreSQL
 * takes events into the event store, the anchor of the capacity model (docs/architecture.md): Axon's own JDBC storage
 * engine, as the service builds it, appends one registration's event per transaction (as one command does) from each
 * number of threads for that long after a warm-up, on a fresh database; events per second and PostgreSQL's CPU per
 * event (its processes, from {@code /proc}), the driver's own CPU per event apart.
 */
public final class AppendBench {
    private static final Map<String, Object> META_DATA = Map.of("actorKind", "owner", "actorId", UUID.randomUUID().toString(),
            "correlationId", UUID.randomUUID().toString(), "traceId", UUID.randomUUID().toString());

    private AppendBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Integer> threadCounts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            threadCounts.add(Integer.parseInt(args[i]));
        }
        if (threadCounts.isEmpty()) {
            threadCounts = List.of(1, 4, 8, 16);
        }
        Path resultFile = Path.of(args.length > 1 ? args[1] : "append-bench.txt").toAbsolutePath();
        StringBuilder result = new StringBuilder(String.format("event store appends: %d cores, driver and PostgreSQL on this "
                + "machine, one event of %d bytes per transaction, %d s per row after 5 s of warm-up%n",
                Runtime.getRuntime().availableProcessors(), payloadBytes(), seconds));
        for (int threads : threadCounts) {
            try (HikariDataSource dataSource = new HikariDataSource()) {
                dataSource.setJdbcUrl(TestPostgres.jdbcUrl("append-bench-" + threads));
                dataSource.setUsername(TestPostgres.user());
                dataSource.setMaximumPoolSize(Math.max(2, threads));   // the migration takes two
                TestMigrations.migrate(dataSource);
                JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                        .connectionProvider(dataSource::getConnection).transactionManager(NoTransactionManager.INSTANCE)
                        .persistenceExceptionResolver(duplicate -> false)
                        .eventSerializer(JacksonSerializer.defaultSerializer()).snapshotSerializer(JacksonSerializer.defaultSerializer())
                        .schema(new AxonStorageConfiguration().eventSchema()).build();
                append(engine, threads, 5);
                double postgres = ProcessCpu.postgres();
                double driver = ProcessCpu.of(ProcessHandle.current().pid());
                long started = System.nanoTime();
                long events = append(engine, threads, seconds);
                double elapsed = (System.nanoTime() - started) / 1e9;
                double postgresMs = (ProcessCpu.postgres() - postgres) * 1000 / events;
                double driverMs = (ProcessCpu.of(ProcessHandle.current().pid()) - driver) * 1000 / events;
                Long bytes = new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject(
                        "SELECT pg_total_relation_size('domain_event_entry') / count(*) FROM domain_event_entry", Long.class);
                result.append(String.format("  %2d threads: %,8.0f events/s; PostgreSQL %.3f ms CPU per event; driver (Axon's engine, "
                                + "JSON) %.3f ms per event; %,d bytes per stored event with its indexes (%,d events)%n",
                        threads, events / elapsed, postgresMs, driverMs, bytes, events));
            }
        }
        ReadBench.report(result, resultFile);
    }

    /** Appends from {@code threads} threads for {@code seconds}; the number appended. */
    private static long append(JdbcEventStorageEngine engine, int threads, int seconds) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong appended = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    engine.appendEvents(registration());
                    appended.incrementAndGet();
                }
            }));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return appended.get();
    }

    private static GenericDomainEventMessage<CustomerRegistered> registration() {
        UUID party = UUID.randomUUID();
        return new GenericDomainEventMessage<>("BusinessCustomer", party.toString(), 0,
                new CustomerRegistered(party, UUID.randomUUID(), UUID.randomUUID(), "Kavita Rao", "+919876543210",
                        "kavita@example.com", ProfileType.INDIVIDUAL, false), MetaData.from(META_DATA));
    }

    private static int payloadBytes() {
        return JacksonSerializer.defaultSerializer().serialize(registration().getPayload(), byte[].class).getData().length;
    }
}
