package network.khata.app.processing;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every pooled processor gets beyond its properties: it asks {@link FairShareOfSegments} how many segments this
 * instance may hold (looked up when a processor first asks, as Axon's configuration is built before the database).
 */
@Configuration
public class PooledProcessorConfiguration {

    @Bean
    static ConfigurerModule fairShareOfSegmentsForEveryPooledProcessor(ObjectProvider<FairShareOfSegments> shares) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (config, builder) -> builder.maxSegmentProvider(group -> shares.getObject().getMaxSegments(group)));
    }
}
