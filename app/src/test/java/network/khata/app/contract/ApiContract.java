package network.khata.app.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;

import java.util.List;
import java.util.Map;

/**
 * The API document as a judge of real exchanges (issue 24): every answer must be one the document describes (status,
 * media type, schema), and a request the service accepted (2xx) must be one the document allows. A refused request is
 * expected to break the document's rules; only its answer is judged. Used by the test suite's server-side check and
 * by the scripted journey, so both apply the same rules.
 */
public final class ApiContract {
    private static final String PATH_MISSING = "validation.request.path.missing";
    private static final String METHOD_MISSING = "validation.request.operation.notAllowed";
    /**
     * The validator honours {@code allowEmptyValue} only on text parameters; the OpenAPI specification has it for any
     * query parameter, and the document sets it where Spring reads an empty value as none ({@code ?limit=}).
     */
    private static final ValidationErrorsWhitelist EMPTY_WHERE_ALLOWED = ValidationErrorsWhitelist.create().withRule(
            "an empty query value the document allows", (message, operation, request, response) ->
                    message.getKey().equals("validation.request.parameter.missing") && message.getContext()
                            .flatMap(ValidationReport.MessageContext::getParameter)
                            .map(parameter -> Boolean.TRUE.equals(parameter.getAllowEmptyValue())).orElse(false));
    private final OpenApiInteractionValidator validator;

    public ApiContract(String documentJson) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(documentJson)
                .withBasePathOverride("/").withWhitelist(EMPTY_WHERE_ALLOWED).build();
    }

    /** One request and its answer, as seen on the wire. */
    public record Exchange(String method, String path, Map<String, List<String>> query, Map<String, List<String>> requestHeaders,
                           String requestBody, int status, Map<String, List<String>> responseHeaders, byte[] responseBody) {
        String operation() {
            return method + " " + path + " -> " + status;
        }
    }

    /** What the document does not allow in this exchange, each naming the operation and the field; empty when none. */
    public List<String> violations(Exchange exchange) {
        Request.Method method = Request.Method.valueOf(exchange.method());
        ValidationReport report = validator.validateResponse(exchange.path(), method, response(exchange));
        if (report.getMessages().stream().anyMatch(message -> message.getKey().equals(PATH_MISSING))) {
            return undocumented(exchange);
        }
        if (report.getMessages().stream().anyMatch(message -> message.getKey().equals(METHOD_MISSING)) && exchange.status() == 405) {
            return List.of(); // a method the path does not have: Spring's 405, the same problem body everywhere
        }
        if (exchange.status() >= 200 && exchange.status() < 300) {
            report = report.merge(validator.validateRequest(request(exchange, method)));
        }
        return report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> exchange.operation() + ": " + message.getKey() + ": " + message.getMessage()).toList();
    }

    /** What the document does not allow in this request, were it accepted; empty when none. */
    public List<String> requestViolations(String method, String path, Map<String, List<String>> headers, String body) {
        Exchange exchange = new Exchange(method, path, Map.of(), headers, body, 200, Map.of(), new byte[0]);
        return validator.validateRequest(request(exchange, Request.Method.valueOf(method))).getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> method + " " + path + ": " + message.getKey() + ": " + message.getMessage()).toList();
    }

    /**
     * Pages, Swagger UI and health are not API operations; an API path the document lacks may only be refused: 404, or
     * 400 when the firewall rejects its shape ({@code ..}, {@code ;}, encoded separators).
     */
    private static List<String> undocumented(Exchange exchange) {
        boolean api = exchange.path().startsWith("/api/") || exchange.path().startsWith("/admin/processors");
        boolean refused = exchange.status() == 404 || exchange.status() == 400;
        return api && !refused ? List.of(exchange.operation() + ": the document has no such operation") : List.of();
    }

    private static SimpleRequest request(Exchange exchange, Request.Method method) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, exchange.path());
        exchange.query().forEach(request::withQueryParam);
        exchange.requestHeaders().forEach(request::withHeader);
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            request.withBody(exchange.requestBody());
        }
        return request.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseBody().length > 0) {
            response.withBody(exchange.responseBody());
        }
        return response.build();
    }
}
