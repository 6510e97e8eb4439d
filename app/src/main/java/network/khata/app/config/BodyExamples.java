package network.khata.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Puts each operation's {@link BodyExample} on its JSON request body in the API document. */
@Component
public class BodyExamples implements OperationCustomizer {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        BodyExample example = handler.getMethodAnnotation(BodyExample.class);
        if (example == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return operation;
        }
        MediaType json = operation.getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
        if (json != null) {
            try {
                json.setExample(JSON.readTree(example.value()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the body example of " + handler.getShortLogMessage() + " is not JSON", e);
            }
        }
        return operation;
    }
}
