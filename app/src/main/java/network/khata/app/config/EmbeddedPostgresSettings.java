package network.khata.app.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/** {@code khata.embedded-postgres.*}: where the service's own PostgreSQL keeps its data, and its port. */
@Validated
@ConfigurationProperties("khata.embedded-postgres")
public record EmbeddedPostgresSettings(@NotNull @DefaultValue(".khata/postgres") Path dataDir,
                                       @Min(1) @Max(65535) @DefaultValue("5433") int port) {
}
