package network.khata.app.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request body an app developer can send as it is, shown in the API document and Swagger UI ({@link BodyExamples}).
 * OpenApiHttpTest checks that each one is a body the document allows.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyExample {
    /** The body, as JSON. */
    String value();
}
