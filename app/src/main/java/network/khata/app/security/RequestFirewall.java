package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.app.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What every request must look like before anything reads it or checks who sent it. The path: no path parameters
 * ({@code ;}), no encoded slashes, backslashes or dots, no dot segments or empty segments: the authentication filters
 * match path prefixes, and a path Spring routes differently from how it reads would slip past them (400, as Spring
 * Security's strict firewall does). The body: at most {@code khata.http.max-body} (64 KiB), for provider webhooks
 * {@code khata.http.max-webhook-body} (1 MiB), for an owner's customer file {@code khata.http.max-import-body} (16 MiB,
 * within {@code khata.http.import-body-deadline}, 60 s: a file of 100,000 rows on a shop's connection), judged by its declared length or, when it has none, by reading no more
 * than that (413), so that large bodies sent in parallel cannot exhaust memory before a signature is checked. Every
 * body is read in full here, before any work starts, within {@code khata.http.body-deadline} (10 s; 408 after): a
 * client that trickles its body holds only its own connection's thread, never one of the {@link WorkPermits}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestFirewall extends OncePerRequestFilter {
    private static final List<String> FORBIDDEN_IN_PATH = List.of(";", "%3b", "%2f", "%5c", "\\", "%2e", "%25", "//", "/./", "/../");
    private static final String WEBHOOKS = "/api/webhooks/";
    private static final String IMPORTS = "/api/customers/imports";

    private final long maxBody;
    private final long maxWebhookBody;
    private final long maxImportBody;
    private final ObjectMapper json;

    private final Duration bodyDeadline;
    private final Duration importBodyDeadline;

    public RequestFirewall(HttpSettings settings, ObjectMapper json) {
        this.maxBody = settings.maxBody().toBytes();
        this.maxWebhookBody = settings.maxWebhookBody().toBytes();
        this.maxImportBody = settings.maxImportBody().toBytes();
        this.bodyDeadline = settings.bodyDeadline();
        this.importBodyDeadline = settings.importBodyDeadline();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (!isCanonical(uri)) {
            Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST, "rejected-path", "Path not accepted",
                    "paths may not hold path parameters (;), encoded slashes, backslashes or dots, or dot or empty segments"));
            return;
        }
        String path = BearerTokens.path(request);
        boolean file = path.equals(IMPORTS);
        long limit = path.startsWith(WEBHOOKS) ? maxWebhookBody : file ? maxImportBody : maxBody;
        Duration deadline = file ? importBodyDeadline : bodyDeadline;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        if (declared > 0 || (declared < 0 && request.getHeader("Transfer-Encoding") != null)) {
            byte[] body = readWithin(request.getInputStream(), limit + 1, System.nanoTime() + deadline.toNanos());
            if (body == null) {
                response.setHeader("Connection", "close");
                Problems.write(response, json, Problems.of(HttpStatus.REQUEST_TIMEOUT, "body-too-slow", "Body too slow",
                        "the body did not arrive within " + deadline.toSeconds() + " s"));
                return;
            }
            if (body.length > limit) {
                tooLarge(response, limit);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** At most {@code max} bytes of the body, or null when the deadline passed first. */
    private static byte[] readWithin(InputStream in, long max, long deadline) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while (body.size() < max && (read = in.read(chunk, 0, (int) Math.min(chunk.length, max - body.size()))) != -1) {
            body.write(chunk, 0, read);
            if (System.nanoTime() > deadline) {
                return null;
            }
        }
        return body.toByteArray();
    }

    static boolean isCanonical(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        return FORBIDDEN_IN_PATH.stream().noneMatch(lower::contains) && !lower.endsWith("/.") && !lower.endsWith("/..")
                && uri.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        Problems.write(response, json, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Body too large",
                "the body may hold at most " + limit + " bytes here"));
    }

    /** A body without a declared length, read once here (within the limit) and handed on. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("bodies are read blocking here");
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
