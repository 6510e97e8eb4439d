package network.khata.app.processing;

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

    public ProcessingNode(ProcessingSettings settings) {
        this.id = settings.nodeId().isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : settings.nodeId();
    }

    public String id() {
        return id;
    }
}
