package network.khata.app.operations;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Function;

/**
 * Axon's Micrometer metrics, with event processors measured by latency and capacity only (what operations read,
 * {@code eventProcessor_latency}, {@code eventProcessor_capacity}, tagged by processor). Axon's default adds a timer and
 * counters per processor and event type; those run on every event in every processor's coordinator and took about a
 * tenth of the service's CPU under load (measured with JFR), while our own lag and dead-letter gauges say more.
 * Command and query buses keep Axon's default monitors.
 */
@Component
public class ProcessorMonitoring extends MetricsConfigurerModule {
    private final GlobalMetricRegistry metrics;

    public ProcessorMonitoring(GlobalMetricRegistry metrics) {
        super(metrics, true);
        this.metrics = metrics;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                EventProcessor.class.isAssignableFrom(componentType) ? processor(componentName)
                        : (MessageMonitor) metrics.registerComponentWithDefaultTags(componentType, componentName));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private MessageMonitor<Message<?>> processor(String name) {
        Iterable<Tag> tags = Tags.of("eventProcessor", name);
        Function<Message<?>, Iterable<Tag>> sameTags = message -> tags;
        return new MultiMessageMonitor(List.<MessageMonitor>of(
                EventProcessorLatencyMonitor.builder().meterNamePrefix("eventProcessor").meterRegistry(metrics.getRegistry())
                        .tagsBuilder(sameTags).build(),
                CapacityMonitor.buildMonitor("eventProcessor", metrics.getRegistry(), sameTags)));
    }
}
