package network.khata.app.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import network.khata.projections.analytics.AnalyticsRollup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Closes the analytics days: every few minutes (db-scheduler, so one instance at a time) each business gets its rows up
 * to yesterday in its own time zone, soon after its midnight.
 */
@Configuration
public class AnalyticsScheduleConfiguration {

    @Bean
    RecurringTask<Void> analyticsRollupTask(AnalyticsRollup rollup, Clock clock,
                                        @Value("${khata.analytics.rollup-every:PT10M}") Duration every) {
        return Tasks.recurring("analytics-rollup", FixedDelay.of(every))
                .execute((instance, context) -> rollup.closeDaysBefore(clock.instant()));
    }
}
