package network.khata.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import network.khata.app.contract.ApiContract;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes every endpoint the service maps, and every scheme callers authenticate with. */
@PostgresEngineApp
class OpenApiHttpTest extends HttpApiTest {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyControllerMappingIsInTheDocument() throws java.io.IOException {
        Response document = send("GET", "/v3/api-docs", Map.of(), null);
        assertThat(document.status()).isEqualTo(200);
        // the document the service publishes, for scripts/lint-api.sh (run by .ci/run after the tests)
        json.writerWithDefaultPrettyPrinter().writeValue(Path.of("target", "openapi.json").toFile(), document.body());
        JsonNode paths = document.body().get("paths");

        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("network.khata")
                    || handler.getBeanType().isAnnotationPresent(Hidden.class)) {
                return; // Spring's own error page, springdoc itself, the web pages
            }
            for (String path : mapping.getPatternValues()) {
                for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
                    if (!paths.has(path) || !paths.get(path).has(method.name().toLowerCase())) {
                        missing.add(method + " " + path);
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(paths.has("/api/customers/auto-register")).isTrue();
        assertThat(document.body().at("/components/securitySchemes").fieldNames())
                .toIterable().contains("owner", "customer", "operator", "businessHeader");
        assertThat(send("GET", "/swagger-ui/index.html", Map.of(), null).status()).isEqualTo(200);
    }

    /**
     * Issue 24 (in part): every operation names its feature and who may call it (ApiCallers), and what the document
     * says is what the filters do: an operation that asks for a credential answers 401 without one.
     */
    @Test
    void everyOperationSaysWhoMayCallItAndNoOneElseGetsIn() {
        JsonNode paths = send("GET", "/v3/api-docs", Map.of(), null).body().get("paths");
        List<String> wrong = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String method = operation.getKey().toUpperCase();
            JsonNode described = operation.getValue();
            String tag = described.path("tags").path(0).asText();
            if (described.path("tags").size() != 1 || tag.endsWith("-controller")) {
                wrong.add(method + " " + path.getKey() + ": tag " + described.path("tags"));
            }
            if (!described.has("security")) {
                wrong.add(method + " " + path.getKey() + ": no security requirement");
            } else if (!described.get("security").isEmpty()) {
                String concrete = path.getKey().replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
                int status = send(method, concrete, Map.of(), method.equals("GET") || method.equals("DELETE") ? null : "{}").status();
                if (status != 401) {
                    wrong.add(method + " " + path.getKey() + ": " + status + " without a credential");
                }
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(paths.at("/~1api~1customers~1search/get/security/0").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("owner", "businessHeader");
        assertThat(paths.at("/~1api~1customer-portal~1dashboard/get/security/0").fieldNames()).toIterable().containsExactly("customer");
        assertThat(paths.at("/~1api~1customer-portal~1otp/post/security")).isEmpty();
        assertThat(paths.at("/~1api~1customers~1search/get/tags/0").asText()).isEqualTo("Customers");
    }

    /**
     * Every field of every schema is named in snake_case, as the service writes it (swagger-core names a record
     * component that starts with "is", such as issueDate, by its Java name unless it carries @JsonProperty).
     */
    @Test
    void everyFieldIsNamedAsTheServiceWritesIt() {
        JsonNode schemas = send("GET", "/v3/api-docs", Map.of(), null).body().at("/components/schemas");
        List<String> camel = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> schema.getValue().path("properties").fieldNames().forEachRemaining(name -> {
            if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
                camel.add(schema.getKey() + "." + name);
            }
        }));
        assertThat(camel).isEmpty();
    }

    /** Issue 24: every JSON body an operation reads has an example, and the example is a body the document allows. */
    @Test
    void everyRequestBodyHasAnExampleTheDocumentAllows() {
        Response document = send("GET", "/v3/api-docs", Map.of(), null);
        ApiContract contract = new ApiContract(document.body().toString());
        Map<String, List<String>> credentials = Map.of("Authorization", List.of("Bearer example"),
                "X-Business-ID", List.of(java.util.UUID.randomUUID().toString()));
        List<String> wrong = new ArrayList<>();
        document.body().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode json = operation.getValue().at("/requestBody/content/application~1json");
            if (json.isMissingNode() || !json.at("/schema/$ref").isTextual()) {
                return; // no body, or a provider's own format (webhooks)
            }
            String method = operation.getKey().toUpperCase();
            if (!json.has("example")) {
                wrong.add(method + " " + path.getKey() + ": no example");
                return;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
            Map<String, List<String>> headers = new java.util.LinkedHashMap<>(credentials);
            headers.put("Content-Type", List.of("application/json"));
            wrong.addAll(contract.requestViolations(method, concrete, headers, json.get("example").toString()));
        }));
        assertThat(wrong).isEmpty();
    }
}
