package network.khata.app.load;

import network.khata.testsupport.TestPostgres;
import network.khata.testsupport.TestMigrations;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the read benchmarks share: a fresh database with every migration, a read's timing, the result written down. */
final class ReadBench {
    private ReadBench() {
    }

    /** A database of its own (dropped by the next run), migrated as the service migrates it. */
    static SingleConnectionDataSource freshDatabase(String name) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(TestPostgres.jdbcUrl(name), TestPostgres.user(), "", true);
        TestMigrations.migrate(dataSource);
        return dataSource;
    }

    /** p50, p95 and max of 200 calls after 20 warm-up calls. */
    static String time(Runnable read) {
        for (int i = 0; i < 20; i++) {
            read.run();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long started = System.nanoTime();
            read.run();
            micros.add((System.nanoTime() - started) / 1000);
        }
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format("p50 %.2f ms, p95 %.2f ms, max %.2f ms (200 calls)", sorted.get(99) / 1000.0,
                sorted.get(189) / 1000.0, sorted.get(199) / 1000.0);
    }

    static void report(CharSequence result, Path resultFile) throws IOException {
        System.out.print(result);
        Files.createDirectories(resultFile.getParent());
        Files.writeString(resultFile, result);
        System.out.println("written to " + resultFile);
    }
}
