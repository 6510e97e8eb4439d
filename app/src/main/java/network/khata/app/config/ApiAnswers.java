package network.khata.app.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every answer an operation can give, in the API document: who may call it (from {@link ApiCallers}), the refusals
 * that come with its shape (a parameter or body can be wrong, an id can name nothing, the service can be busy), and
 * one problem schema for every 4xx and 5xx, with an example built from the first problem type the answer names.
 * Controllers add their own refusals with {@code @ApiResponse(responseCode, description = "`slug`: when")}; this fills
 * in their problem body. Checked: the test suite judges every answer it sees against this document (ApiContract).
 */
@Component
public class ApiAnswers implements OpenApiCustomizer {
    static final String PROBLEM = "application/problem+json";
    private static final Pattern FIRST_SLUG = Pattern.compile("`([a-z0-9-]+)`");

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas("Problem", problemSchema());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiCallers.describe(path, operation);
            emptyMeansAbsent(operation);
            refusalsOfShape(path, method, operation);
            operation.getResponses().forEach(ApiAnswers::problemBody);
        }));
    }

    /** Adds a refusal, or names one more problem type under a status the operation already lists. */
    static void refuse(Operation operation, int status, String slug, String when) {
        ApiResponses responses = operation.getResponses();
        String line = "`" + slug + "`: " + when;
        ApiResponse existing = responses.get(String.valueOf(status));
        if (existing == null) {
            responses.addApiResponse(String.valueOf(status), new ApiResponse().description(line));
        } else if (!existing.getDescription().contains("`" + slug + "`")) {
            existing.setDescription(existing.getDescription() + "; " + line);
        }
    }

    /**
     * Spring reads an empty optional query value that is not text ({@code ?from=}, {@code ?limit=}) as no value: its
     * default, or none. The document says so ({@code allowEmptyValue}); an empty text is a text, judged as one.
     */
    private static void emptyMeansAbsent(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(parameter -> "query".equals(parameter.getIn()) && !Boolean.TRUE.equals(parameter.getRequired()))
                .filter(parameter -> parameter.getSchema() != null
                        && (!"string".equals(parameter.getSchema().getType()) || parameter.getSchema().getFormat() != null))
                .forEach(parameter -> parameter.setAllowEmptyValue(true));
    }

    private static void refusalsOfShape(String path, PathItem.HttpMethod method, Operation operation) {
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            refuse(operation, 400, "invalid-request", "a parameter or the body is not what this operation reads (`errors` names each field)");
        }
        refuse(operation, 400, "rejected-path", "the path holds characters or segments the service does not accept");
        if (path.contains("{")) {
            refuse(operation, 404, "not-found", "nothing by that id that this caller may see");
        }
        if (operation.getRequestBody() != null) {
            refuse(operation, 408, "body-too-slow", "the body did not arrive within 10 seconds");
            refuse(operation, 413, "payload-too-large", "the body is larger than this service reads");
            refuse(operation, 415, "unsupported-media-type", "the body is not of a media type this operation reads");
        }
        refuse(operation, 500, "internal", "an unexpected failure; the log has its trace under the same time");
        refuse(operation, 503, "busy", "every worker is busy; try again in a moment");
    }

    /** A 204 has no body; a 4xx or 5xx has a problem, whatever springdoc guessed from the method's return type. */
    private static void problemBody(String status, ApiResponse response) {
        if (status.equals("204")) {
            response.setContent(null);
        }
        if (Integer.parseInt(status) < 400) {
            return;
        }
        Matcher slug = FIRST_SLUG.matcher(response.getDescription());
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:khata:problem:" + (slug.find() ? slug.group(1) : "error"));
        example.put("title", org.springframework.http.HttpStatus.valueOf(Integer.parseInt(status)).getReasonPhrase());
        example.put("status", Integer.parseInt(status));
        example.put("detail", response.getDescription().replaceFirst("^`[a-z0-9-]+`: ", "").split(";")[0]);
        response.setContent(new Content().addMediaType(PROBLEM, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/Problem")).example(example)));
    }

    /** RFC 9457 problem details as {@code ProblemDetail} writes them, with this service's three extensions. */
    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("the parameter or body field, as the caller named it"));
        fieldError.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("An error: its type names the problem (`urn:khata:problem:<slug>`), the same for every language");
        problem.addProperty("type", new StringSchema().example("urn:khata:problem:invalid-request"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema().nullable(true));
        problem.addProperty("instance", new StringSchema().nullable(true));
        problem.addProperty("errors", new ArraySchema().items(fieldError).description("each field that is wrong (bad input only)"));
        problem.addProperty("retry_after", new IntegerSchema().description("seconds to wait, as in Retry-After (429 only)"));
        ObjectSchema rowError = new ObjectSchema();
        rowError.addProperty("row", new IntegerSchema().description("as the spreadsheet numbers it: the header is row 1"));
        rowError.addProperty("field", new StringSchema().description("the column"));
        rowError.addProperty("message", new StringSchema());
        problem.addProperty("refused", new ArraySchema().items(rowError).description("each row of a file that cannot be imported "
                + "(nothing-to-import only: the first 1,000)"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
