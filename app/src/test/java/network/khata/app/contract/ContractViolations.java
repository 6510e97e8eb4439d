package network.khata.app.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Violations of the API document seen by the running service, waiting for the test that caused them to end
 * ({@link ContractCheck}); each is also appended to {@code target/contract-violations.txt} for a whole-suite view.
 */
public final class ContractViolations {
    private static final Path REPORT = Path.of("target", "contract-violations.txt");
    private static final List<String> PENDING = new ArrayList<>();

    private ContractViolations() {
    }

    static synchronized void record(List<String> violations) {
        PENDING.addAll(violations);
        try {
            Files.writeString(REPORT, String.join("\n", violations) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the report is a convenience; the failing test says the same
        }
    }

    static synchronized List<String> drain() {
        List<String> drained = List.copyOf(PENDING);
        PENDING.clear();
        return drained;
    }
}
