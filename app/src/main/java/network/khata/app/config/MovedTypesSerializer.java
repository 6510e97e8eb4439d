package network.khata.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Axon's Jackson serializer, which also reads a class under the name it had before it moved package. Axon stores each
 * message's class name with it (events in {@code domain_event_entry.payload_type}, dead letters, deadlines), so a moved
 * event class would make every stored event of it unreadable; {@code axon/moved-types.properties} says where each one
 * went. New messages are stored under their new names.
 */
public class MovedTypesSerializer extends JacksonSerializer {
    private static final String MOVES = "axon/moved-types.properties";
    private final Map<String, String> moved;

    private MovedTypesSerializer(Builder builder, Map<String, String> moved) {
        super(builder);
        this.moved = moved;
    }

    /** Built as Axon's Spring Boot configuration builds its Jackson serializer, with the moves of the classpath. */
    public static MovedTypesSerializer of(ObjectMapper json, RevisionResolver revisions, ClassLoader classes) {
        // no classLoader(): the builder would give the shared ObjectMapper a type factory of its own (Axon's does not)
        return new MovedTypesSerializer(builder().revisionResolver(revisions).converter(new ChainingConverter(classes))
                .objectMapper(json), moves(classes));
    }

    @Override
    protected String resolveClassName(SerializedType type) {
        String name = super.resolveClassName(type);
        int nested = name.indexOf('$');
        String outer = nested < 0 ? name : name.substring(0, nested);
        String now = moved.get(outer);
        return now == null ? name : now + name.substring(outer.length());
    }

    /** Each class's name before it moved, with its name now. */
    public static Map<String, String> moves(ClassLoader classes) {
        Properties moves = new Properties();
        try (InputStream in = classes.getResourceAsStream(MOVES)) {
            if (in == null) {
                throw new IllegalStateException(MOVES + " is missing from the classpath");
            }
            moves.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return moves.stringPropertyNames().stream().collect(Collectors.toUnmodifiableMap(name -> name, moves::getProperty));
    }
}
