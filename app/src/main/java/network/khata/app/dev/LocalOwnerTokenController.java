package network.khata.app.dev;

import network.khata.app.config.BodyExample;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.lang.Nullable;
import network.khata.app.web.PlainText;
import network.khata.app.web.Limits;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import network.khata.api.businesses.RegisterBusiness;
import network.khata.api.identity.Actor;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.team.SetTeamMember;
import network.khata.api.team.TeamRole;
import network.khata.app.security.OwnerTokens;
import network.khata.app.web.ActorCommandGateway;
import network.khata.app.web.PhoneNumber;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Local runs only (profile {@code local}): registers a business and mints an owner token for it, standing in for the
 * core ledger app. Not present in any other profile.
 */
@RestController
@Profile("local")
public class LocalOwnerTokenController {
    private static final Duration VALID_FOR = Duration.ofHours(12);

    private final OwnerTokens tokens;
    private final ActorCommandGateway commands;

    public LocalOwnerTokenController(OwnerTokens tokens, ActorCommandGateway commands) {
        this.tokens = tokens;
        this.commands = commands;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TokenRequest(@NotBlank @PlainText @Size(max = Limits.NAME) String businessName, @Nullable UUID businessId,
                               @Nullable UUID ownerId, @Nullable String timeZone, @Nullable @PhoneNumber String ownerPhone) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TokenResponse(String token, UUID businessId, UUID ownerId, Instant expiresAt) {
    }

    @Operation(summary = "Local runs only: a business and its owner's token", description = "Stands in for the core "
            + "ledger app (profile local); absent elsewhere. With owner_phone, that phone signs in at /owner with a code.")
    @BodyExample("""
            {"business_name": "Fertilizer Shop", "owner_phone": "9812345678"}""")
    @PostMapping("/api/dev/owner-tokens")
    public TokenResponse mint(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        UUID businessId = body.businessId() == null ? UUID.randomUUID() : body.businessId();
        UUID ownerId = body.ownerId() == null ? UUID.randomUUID() : body.ownerId();
        commands.send(new RegisterBusiness(businessId, body.businessName(), body.timeZone()), Actor.owner(ownerId, businessId), request);
        if (body.ownerPhone() != null) {
            commands.send(new SetTeamMember(businessId, PhoneNumbers.toE164(body.ownerPhone()).orElseThrow(), TeamRole.OWNER),
                    Actor.owner(ownerId, businessId), request);
        }
        Instant now = Instant.now();
        return new TokenResponse(tokens.mint(ownerId, businessId, now, VALID_FOR), businessId, ownerId, now.plus(VALID_FOR));
    }
}
