package network.khata.app.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code khata.analytics.*}: how often the days are closed ({@code rollup-every}) and the businesses whose facts changed
 * right after a rewrite are rewritten ({@code stale-every}), {@link AnalyticsScheduleConfiguration}.
 */
@Validated
@ConfigurationProperties("khata.analytics")
public record AnalyticsSchedule(@NotNull @DefaultValue("10m") Duration rollupEvery, @NotNull @DefaultValue("1s") Duration staleEvery) {
}
