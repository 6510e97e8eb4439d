package network.khata.app.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds spent so far, read from Linux's {@code /proc}: by one process (the service's JVM, every thread), and by
 * every process named {@code postgres} (the machine's server: its backends, writer, checkpointer and WAL writer).
 */
final class ProcessCpu {
    /** Clock ticks per second of {@code /proc/<pid>/stat}'s times: 100 on Linux's common builds. */
    private static final double TICKS = 100.0;

    private ProcessCpu() {
    }

    static double of(long pid) {
        return seconds(Path.of("/proc", Long.toString(pid), "stat"));
    }

    static double postgres() throws IOException {
        double total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                Path stat = process.resolve("stat");
                String line = read(stat);
                if (line != null && line.contains("(postgres)")) {
                    total += seconds(stat);
                }
            }
        }
        return total;
    }

    /** utime + stime: fields 14 and 15, counted after the command name in parentheses (which may hold spaces). */
    private static double seconds(Path stat) {
        String line = read(stat);
        if (line == null) {
            return 0;   // the process ended between listing and reading
        }
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException ended) {
            return null;
        }
    }
}
