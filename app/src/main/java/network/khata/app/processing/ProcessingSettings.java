package network.khata.app.processing;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How this instance takes part in the event processing ({@code khata.processing.*}), defaults here and nowhere else.
 *
 * @param nodeId    this instance's name on its segment claims ({@link ProcessingNode}); blank: the JVM's pid@host
 * @param heartbeat how often the instance says it is alive ({@link FairShareOfSegments}), so the others count it
 * @param followInstances whether busy groups split and merge their segments to follow the number of live instances
 *                        ({@link SegmentsFollowInstances}), checked every five heartbeats
 */
@Validated
@ConfigurationProperties("khata.processing")
public record ProcessingSettings(@DefaultValue("") String nodeId, @NotNull @DefaultValue("2s") Duration heartbeat,
                                 @DefaultValue("true") boolean followInstances) {
}
