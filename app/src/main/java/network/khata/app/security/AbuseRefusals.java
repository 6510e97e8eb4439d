package network.khata.app.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refusals that guard the SMS bill ({@code khata.abuse.refused} by reason: {@code phone_region}, {@code new_number_codes}),
 * counted and logged in one line each, so an operator sees an abuse attempt as it happens.
 */
@Component
public class AbuseRefusals {
    private static final Logger log = LoggerFactory.getLogger(AbuseRefusals.class);

    private final MeterRegistry meters;

    public AbuseRefusals(MeterRegistry meters) {
        this.meters = meters;
    }

    public void refused(String reason, String detail) {
        meters.counter("khata.abuse.refused", "reason", reason).increment();
        log.info("refused ({}): {}", reason, detail);
    }
}
