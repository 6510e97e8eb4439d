package network.khata.app.config;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * A record component marked {@code @Nullable} (Spring's) may be answered as {@code null}, and the API document says so
 * ({@code nullable: true}); every other field of an answer is always there with a value, as Jackson writes all fields.
 * Clients generated from the document then type those fields as optional, and nothing else.
 */
@Component
public class NullableFields implements PropertyCustomizer {
    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (annotations != null && Arrays.stream(annotations).anyMatch(a -> a.annotationType() == org.springframework.lang.Nullable.class)) {
            property.setNullable(true);
        }
        return property;
    }
}
