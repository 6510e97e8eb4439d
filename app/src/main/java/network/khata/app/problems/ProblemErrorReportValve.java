package network.khata.app.problems;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Errors that Tomcat answers itself, before a request reaches the service (a NUL or other invalid byte in the path,
 * for one), in the same problem+json as every other error instead of Tomcat's HTML page, and one log line instead of
 * Tomcat's stack trace. A path or query with raw non-ASCII bytes ({@code ?q=रमेश} sent unencoded) is not HTTP (RFC 3986
 * allows only ASCII there; Tomcat and Jetty both refuse it): the answer says how to send it, percent-encoded UTF-8.
 */
public class ProblemErrorReportValve extends ErrorReportValve {
    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);
    private static final String RAW_BYTES = "Invalid character found in the request target";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        boolean rawBytes = throwable != null && String.valueOf(throwable.getMessage()).startsWith(RAW_BYTES);
        String slug = rawBytes ? "not-percent-encoded" : status < 500 ? "bad-request" : "internal";
        String detail = rawBytes
                ? "a path or query may hold only ASCII: percent-encode the rest as UTF-8, e.g. q=%E0%A4%B0%E0%A4%AE%E0%A5%87%E0%A4%B6 for q=रमेश"
                : "the server refused the request before reading it";
        log.info("refused before reading ({} {}): {}", status, slug, throwable == null ? "no cause" : throwable.getMessage());
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:khata:problem:" + slug + "\",\"title\":\"" + (status < 500 ? "Request not accepted"
                        : "Internal error") + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away: nothing more to say
        }
    }
}
