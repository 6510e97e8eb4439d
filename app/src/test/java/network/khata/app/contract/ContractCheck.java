package network.khata.app.contract;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Fails the test during which the service gave an answer the API document does not describe, naming the operation and
 * the field (registered for every test by {@code junit-platform.properties}). {@code -Dcontract.report-only=true} only
 * collects them in {@code target/contract-violations.txt}.
 */
public class ContractCheck implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        List<String> violations = ContractViolations.drain();
        if (!violations.isEmpty() && !Boolean.getBoolean("contract.report-only")) {
            throw new AssertionError("answers the API document does not describe:\n  " + String.join("\n  ", violations));
        }
    }
}
