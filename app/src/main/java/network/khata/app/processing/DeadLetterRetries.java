package network.khata.app.processing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Retries parked events on their own: a db-scheduler task (one instance at a time) offers each group's due sequences
 * to Axon's dead-letter processor. A letter is due {@code first-backoff × 2^retries} (at most {@code max-backoff})
 * after it was last tried; a retry that fails again is parked again with one retry more, one that succeeds lets the
 * rest of its sequence through.
 */
@Configuration
public class DeadLetterRetries {

    @Bean
    RecurringTask<Void> deadLetterRetryTask(EventProcessingConfiguration processing, ProcessingGroups groups, Clock clock,
                                            DeadLetterSettings settings) {
        return Tasks.recurring("dead-letter-retries", FixedDelay.of(settings.retryEvery())).execute((instance, context) -> {
            Predicate<DeadLetter<? extends EventMessage<?>>> due = letter -> !letter.lastTouched()
                    .plus(backoff(DeadLetterConfiguration.retriesOf(letter.diagnostics()), settings.firstBackoff(),
                            settings.maxBackoff()))
                    .isAfter(clock.instant());
            groups.deadLetterSequences().forEach((group, sequences) ->
                    processing.sequencedDeadLetterProcessor(group).ifPresent(processor -> {
                        for (long i = 0; i < sequences; i++) {
                            processor.process(due);
                        }
                    }));
        });
    }

    static Duration backoff(int retries, Duration first, Duration max) {
        Duration backoff = first.multipliedBy(1L << Math.min(retries, 20));
        return backoff.compareTo(max) > 0 ? max : backoff;
    }
}
