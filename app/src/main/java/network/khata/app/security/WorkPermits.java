package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.app.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code khata.http.workers} requests work at once (8: requests are short and CPU-bound, and more only take the
 * cores from the event processors). Tomcat has many more connection threads ({@code server.tomcat.threads.max}), so a
 * slow or stalled client holds only its own: its body is read in full before it gets here ({@link RequestFirewall},
 * within a deadline), and only then does it take a permit. The health probes take none, so an orchestrator sees a
 * healthy instance answer however busy it is. A request that waits {@code khata.http.permit-wait} for a permit is
 * answered 503 with {@code Retry-After}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class WorkPermits extends OncePerRequestFilter {
    private static final String HEALTH = "/actuator/health";

    private final Semaphore permits;
    private final Duration wait;
    private final ObjectMapper json;

    public WorkPermits(HttpSettings settings, ObjectMapper json) {
        this.permits = new Semaphore(settings.workers(), true);
        this.wait = settings.permitWait();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return BearerTokens.path(request).startsWith(HEALTH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", "5");
            Problems.write(response, json, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Too busy",
                    "the service is at capacity; try again in a few seconds"));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
