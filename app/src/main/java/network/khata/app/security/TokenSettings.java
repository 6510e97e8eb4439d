package network.khata.app.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How long the tokens this service accepts and mints live, and whose they say they are, defaults here and nowhere
 * else. The signing keys stay required placeholders ({@code ${KHATA_JWT_SECRET}} ...): a key that is not set stops
 * start-up instead of being bound as the placeholder's text.
 */
public final class TokenSettings {
    private TokenSettings() {
    }

    /** {@code khata.security.jwt.*}: the issuer every token names, and the longest an owner's ledger token may live. */
    @Validated
    @ConfigurationProperties("khata.security.jwt")
    public record Jwt(@NotBlank @DefaultValue("smartkhata") String issuer, @NotNull @DefaultValue("24h") Duration maxLifetime) {
    }

    /** {@code khata.security.service-jwt.*}: the core ledger app's key for /api/internal (blank: closed), its tokens' longest life. */
    @Validated
    @ConfigurationProperties("khata.security.service-jwt")
    public record Service(@DefaultValue("") String secret, @NotNull @DefaultValue("24h") Duration maxLifetime) {
    }

    /** {@code khata.security.customer-jwt.*}: a portal session's access and refresh tokens' lives. */
    @Validated
    @ConfigurationProperties("khata.security.customer-jwt")
    public record Customer(@NotNull @DefaultValue("15m") Duration accessLifetime,
                           @NotNull @DefaultValue("30d") Duration refreshLifetime) {
    }

    /** {@code khata.security.team.*}: an owner's or staff member's session's access and refresh tokens' lives. */
    @Validated
    @ConfigurationProperties("khata.security.team")
    public record Team(@NotNull @DefaultValue("15m") Duration accessLifetime,
                       @NotNull @DefaultValue("30d") Duration refreshLifetime) {
    }
}
