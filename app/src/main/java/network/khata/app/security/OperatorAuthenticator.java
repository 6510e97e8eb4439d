package network.khata.app.security;

import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.app.problems.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The operations surface ({@code /admin/**} and {@code /actuator/**}) takes HTTP Basic with the operator's own
 * credentials ({@code khata.admin.username}, {@code khata.admin.password}), never an owner's or a customer's token.
 * The health probes stay open for load balancers and orchestrators; their details show only to the operator. Without
 * a configured password every protected path answers 401. Admin work runs in the system row scope: a replay empties
 * and rebuilds every business's rows. An address that sent {@value #FAILURES_ALLOWED} wrong credentials in
 * {@code FAILURE_WINDOW} is answered 429 until the oldest of them is that old, right credentials or not: guessing the
 * operator's password is throttled, across instances ({@link PortalRateLimits}). The operator's role
 * ({@code ROLE_OPERATOR}) is what actuator's {@code management.endpoint.health.roles} names.
 */
@Component
public class OperatorAuthenticator implements CallerAuthenticator {
    static final int FAILURES_ALLOWED = 10;
    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);

    private final String username;
    private final byte[] expected;
    private final ObjectMapper json;
    private final PortalRateLimits limits;

    public OperatorAuthenticator(AdminSettings operator, ObjectMapper json, PortalRateLimits limits) {
        this.username = operator.username();
        this.expected = operator.password().isBlank() ? null
                : (operator.username() + ":" + operator.password()).getBytes(StandardCharsets.UTF_8);
        this.json = json;
        this.limits = limits;
    }

    @Override
    public Callers.Caller caller() {
        return Callers.Caller.OPERATOR;
    }

    /** Whether the path is a health probe, open to everyone (its details show to the operator only). */
    static boolean isHealthProbe(String path) {
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    public Verdict authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean health = isHealthProbe(BearerTokens.path(request));
        PortalRateLimits.Limit failures = new PortalRateLimits.Limit("admin-failures", request.getRemoteAddr(),
                FAILURES_ALLOWED, FAILURE_WINDOW);
        Optional<Duration> throttled = health ? Optional.empty() : limits.full(failures);
        if (throttled.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.get().toSeconds())));
            Problems.write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "admin-throttled",
                    "Too many wrong credentials", "too many wrong operator credentials from this address; try again later"));
            return Verdict.refusedAndWritten();
        }
        boolean admin = presented(request);
        if (!admin && request.getHeader("Authorization") != null) {
            limits.record(failures);
        }
        if (admin) {
            RowScope.enter(RowScope.SYSTEM);
            return Verdict.of(new CallerAuthentication(caller(), username));
        }
        if (health) {
            return Verdict.nobody();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"khata-admin\"");
        Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "admin-unauthorized",
                "Operator credentials required", expected == null
                        ? "the operations surface is closed: khata.admin.password is not set"
                        : "send HTTP Basic with the operator's credentials"));
        return Verdict.refusedAndWritten();
    }

    private boolean presented(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (expected == null || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            byte[] given = Base64.getDecoder().decode(header.substring(6).trim());
            return MessageDigest.isEqual(given, expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
