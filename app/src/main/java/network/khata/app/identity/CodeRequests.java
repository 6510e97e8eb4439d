package network.khata.app.identity;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every request for a one-time code, counted by path and outcome ({@code khata.otp.requests}: {@code sent},
 * {@code recent_code}, {@code hourly_budget_spent}, {@code already_verified}, {@code not_in_network},
 * {@code rate_limited}), and one log line for each that sent nothing, so an operator sees what was refused and why.
 * Phones are logged with all but their last four digits hidden.
 */
@Component
public class CodeRequests {
    private static final Logger log = LoggerFactory.getLogger(CodeRequests.class);

    private final MeterRegistry meters;

    public CodeRequests(MeterRegistry meters) {
        this.meters = meters;
    }

    /** @param path {@code portal} or {@code owner} */
    public void record(String path, String outcome, String phone) {
        meters.counter("khata.otp.requests", "path", path, "outcome", outcome).increment();
        if (!"sent".equals(outcome)) {
            log.info("code asked for {} ({}): none sent, {}", masked(phone), path, outcome.replace('_', ' '));
        }
    }

    static String masked(String phone) {
        return phone.length() <= 4 ? "****" : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
    }
}
