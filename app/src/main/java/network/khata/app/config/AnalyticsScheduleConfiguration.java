package network.khata.app.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import network.khata.projections.analytics.AnalyticsRewrites;
import network.khata.projections.analytics.AnalyticsRollup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The analytics tasks (db-scheduler, so one instance at a time): closing the days, every few minutes, so that each
 * business gets its rows up to yesterday in its own time zone soon after its midnight; and every second, rewriting the
 * rows of the businesses whose facts changed right after a rewrite ({@link AnalyticsRewrites}).
 */
@Configuration
public class AnalyticsScheduleConfiguration {

    @Bean
    RecurringTask<Void> analyticsRollupTask(AnalyticsRollup rollup, Clock clock, AnalyticsSchedule schedule) {
        return Tasks.recurring("analytics-rollup", FixedDelay.of(schedule.rollupEvery()))
                .execute((instance, context) -> rollup.closeDaysBefore(clock.instant()));
    }

    @Bean
    RecurringTask<Void> analyticsStaleTask(AnalyticsRewrites rewrites, AnalyticsSchedule schedule) {
        return Tasks.recurring("analytics-stale", FixedDelay.of(schedule.staleEvery()))
                .execute((instance, context) -> rewrites.rewriteStale());
    }
}
