package network.khata.app.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Errors that Tomcat answers itself, before a request reaches the service (a NUL or other invalid byte in the path,
 * for one), in the same problem+json as every other error instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:khata:problem:" + (status < 500 ? "bad-request" : "internal")
                        + "\",\"title\":\"" + (status < 500 ? "Request not accepted" : "Internal error")
                        + "\",\"status\":" + status + ",\"detail\":\"the server refused the request before reading it\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away: nothing more to say
        }
    }
}
