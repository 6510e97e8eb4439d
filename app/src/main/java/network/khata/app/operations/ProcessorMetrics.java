package network.khata.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import network.khata.app.processing.ProcessingGroups;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * Per processing group: {@code khata.processor.lag.events} (how far its slowest segment is behind the head of the
 * log), {@code khata.processor.lag} in seconds (how long the oldest event it has not handled has waited) and
 * {@code khata.processor.dead.letters} (events parked in its dead-letter queue).
 */
@Component("eventProcessorMetrics")
public class ProcessorMetrics implements MeterBinder {
    private final ProcessingGroups groups;
    private final ProcessorStatusCache statuses;

    public ProcessorMetrics(ProcessingGroups groups, ProcessorStatusCache statuses) {
        this.groups = groups;
        this.statuses = statuses;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : groups.names()) {
            gauge(registry, "khata.processor.lag.events", null, group, ProcessingGroups.Status::lagEvents);
            gauge(registry, "khata.processor.lag", "seconds", group, ProcessingGroups.Status::lagSeconds);
            gauge(registry, "khata.processor.dead.letters", null, group, ProcessingGroups.Status::deadLetters);
        }
    }

    private void gauge(MeterRegistry registry, String name, String unit, String group,
                       ToDoubleFunction<ProcessingGroups.Status> value) {
        Gauge.builder(name, statuses, cache -> {
                    ProcessingGroups.Status status = cache.status(group);
                    return status == null ? Double.NaN : value.applyAsDouble(status);
                })
                .tag("group", group).baseUnit(unit).register(registry);
    }
}
