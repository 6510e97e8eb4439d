package network.khata.app.operations;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Function;

/**
 * What Axon's messages are measured by, chosen for what operations read and what it costs under load (each measured
 * with JFR: Axon's defaults build and look up a Micrometer timer and counters per component and message type on every
 * message, a tenth of the service's CPU in the processors' coordinators alone):
 * <ul>
 *   <li>event processors: latency and capacity per processor ({@code eventProcessor_latency}, {@code eventProcessor_capacity});
 *   our own lag and dead-letter gauges say the rest;</li>
 *   <li>the command bus: {@link CommandLatency} ({@code khata_commands_seconds} per command type and outcome), for every
 *   command, sent by a request, by planning or by a saga;</li>
 *   <li>the event store: nothing per event (what was appended shows in the processors' lag);</li>
 *   <li>the query bus: Axon's default.</li>
 * </ul>
 */
@Component
public class AxonMonitoring extends MetricsConfigurerModule {
    private final GlobalMetricRegistry metrics;

    public AxonMonitoring(GlobalMetricRegistry metrics) {
        super(metrics, true);
        this.metrics = metrics;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(configuration -> (componentType, componentName) -> {
            if (EventProcessor.class.isAssignableFrom(componentType)) {
                return processor(componentName);
            }
            if (CommandBus.class.isAssignableFrom(componentType)) {
                return new CommandLatency(metrics.getRegistry());
            }
            if (EventBus.class.isAssignableFrom(componentType)) {
                return NoOpMessageMonitor.instance();
            }
            return (MessageMonitor) metrics.registerComponentWithDefaultTags(componentType, componentName);
        });
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
