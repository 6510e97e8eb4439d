package network.khata.app.processing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/**
 * The name this instance claims segments under ({@code token_entry.owner}) and says it is alive with
 * ({@code processing_instances}): {@code khata.processing.node-id}, by default the JVM's {@code pid@host}. Two
 * instances must never share one, or both would think they hold the same segment.
 */
@Component
public class ProcessingNode {
    private final String id;

    public ProcessingNode(@Value("${khata.processing.node-id:}") String configured) {
        this.id = configured.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : configured;
    }

    public String id() {
        return id;
    }
}
