package network.khata.app.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How much HTTP work the service takes on ({@code khata.http.*}), defaults here and nowhere else; a wrong value stops
 * start-up with the key's name.
 *
 * @param workers            requests worked on at once ({@link WorkPermits}); the rest wait their turn
 * @param permitWait         the longest a request waits for a work permit (503 after)
 * @param maxBody            the largest request body ({@link RequestFirewall}); webhooks and imports have their own
 * @param maxWebhookBody     the largest body a provider's webhook may send
 * @param maxImportBody      the largest customer file ({@code /api/customers/imports})
 * @param bodyDeadline       a body must arrive in full within this (408 after)
 * @param importBodyDeadline a customer file must arrive within this (a shop's connection)
 */
@Validated
@ConfigurationProperties("khata.http")
public record HttpSettings(@Min(1) @Max(1024) @DefaultValue("8") int workers,
                           @NotNull @DefaultValue("30s") Duration permitWait,
                           @NotNull @DefaultValue("64KB") DataSize maxBody,
                           @NotNull @DefaultValue("1MB") DataSize maxWebhookBody,
                           @NotNull @DefaultValue("16MB") DataSize maxImportBody,
                           @NotNull @DefaultValue("10s") Duration bodyDeadline,
                           @NotNull @DefaultValue("60s") Duration importBodyDeadline) {
}
