package network.khata.app.problems;

import org.springframework.web.bind.MissingServletRequestParameterException;
import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.validation.ConstraintViolationException;
import network.khata.command.ConflictException;
import network.khata.command.InvalidCommandException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import network.khata.command.businesses.UnknownBusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;

/** The one place errors become RFC 7807 problem+json. Bad input names each field that is wrong. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalidCommand(InvalidCommandException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    /** A body read as JSON by the endpoint itself (a provider's webhook) that is not JSON of the expected shape. */
    @ExceptionHandler(JsonProcessingException.class)
    ProblemDetail notJson(JsonProcessingException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "the body is not the JSON this endpoint reads");
    }

    @ExceptionHandler(UnknownBusinessException.class)
    ProblemDetail unknownBusiness(UnknownBusinessException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-business", "Unknown business", e.getMessage());
    }

    /** Not found is a {@link NoSuchElementException} (an aggregate's {@code NotFoundException} is one), or Axon's own. */
    @ExceptionHandler({AggregateNotFoundException.class, NoSuchElementException.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                e instanceof AggregateNotFoundException ? "nothing by that id in this business" : e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    /** Queries answer through a future; what failed inside is what the caller should hear about. */
    @ExceptionHandler(CompletionException.class)
    ProblemDetail completion(CompletionException e) {
        Throwable cause = e.getCause();
        while (cause != null && cause.getCause() != null && !(cause instanceof NoSuchElementException)) {
            cause = cause.getCause();
        }
        if (cause instanceof NoSuchElementException notFound) {
            return notFound(notFound);
        }
        return unexpected(e);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return invalid(e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("request failed", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the request could not be completed; nothing was half-written, it can be sent again");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", snakeCase(error.getField()), "message", message(error)))
                .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException e,
                                                                            @NonNull HttpHeaders headers,
                                                                            @NonNull HttpStatusCode status,
                                                                            @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(e.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(error -> Map.of("field", snakeCase(error.getField()),
                                "message", message(error)))
                        : result.getResolvableErrors().stream().map(error -> Map.of("field", parameterName(result),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList()));
    }

    /** A query parameter the endpoint needs, left out: bad input like any other, named. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(@NonNull MissingServletRequestParameterException e,
                                                                          @NonNull HttpHeaders headers,
                                                                          @NonNull HttpStatusCode status,
                                                                          @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(Map.of("field", e.getParameterName(), "message", "is required"))));
    }

    /**
     * Whatever else Spring MVC answers on its own (a wrong method, media type, a body it cannot read) keeps its status
     * and detail, with a type of ours instead of {@code about:blank}: {@code urn:khata:problem:<status in words>}.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(@NonNull Exception e, Object body, @NonNull HttpHeaders headers,
                                                             @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setType(java.net.URI.create("urn:khata:problem:"
                    + (known == null ? "http-" + status.value() : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
        }
        return response;
    }

    /** A header is named as the client sends it ({@code Idempotency-Key}), anything else by its parameter. */
    private static String parameterName(ParameterValidationResult result) {
        RequestHeader header = result.getMethodParameter().getParameterAnnotation(RequestHeader.class);
        return header != null && !header.name().isEmpty() ? header.name()
                : String.valueOf(result.getMethodParameter().getParameterName());
    }

    private static ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.stream().map(error -> error.get("field") + ": " + error.get("message")).sorted()
                        .reduce((a, b) -> a + "; " + b).orElse("the request is not valid"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage();
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String snakeCase(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
    }
}
