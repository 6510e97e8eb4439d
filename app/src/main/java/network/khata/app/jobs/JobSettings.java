package network.khata.app.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How bulk jobs are worked ({@code khata.jobs.*}), defaults here and nowhere else; a wrong value stops start-up with
 * the key's name.
 *
 * @param poll    how often an idle worker looks for items
 * @param threads items done at once on one instance (each is a command round trip or two)
 * @param batch   items one instance claims at a time
 * @param lease   how long a claim holds: an instance that dies leaves its items to another after this
 */
@Validated
@ConfigurationProperties("khata.jobs")
public record JobSettings(@NotNull @DefaultValue("250ms") Duration poll,
                          @Min(1) @Max(64) @DefaultValue("4") int threads,
                          @Min(1) @Max(10_000) @DefaultValue("200") int batch,
                          @NotNull @DefaultValue("2m") Duration lease) {
}
