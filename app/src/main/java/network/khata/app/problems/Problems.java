package network.khata.app.problems;

import java.time.Duration;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/** RFC 7807 problem details with this service's problem types ({@code urn:khata:problem:<slug>}). */
public final class Problems {
    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:khata:problem:" + slug));
        problem.setTitle(title);
        return problem;
    }

    /** 429 with {@code Retry-After} (whole seconds, at least one) in the header and as {@code retry_after}. */
    public static ResponseEntity<ProblemDetail> tooMany(Duration wait, String slug, String title, String detail) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ProblemDetail problem = of(HttpStatus.TOO_MANY_REQUESTS, slug, title, detail);
        problem.setProperty("retry_after", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(problem);
    }

    /** For filters, which answer before Spring MVC's exception handling is reached. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
