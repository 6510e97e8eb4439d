package network.khata.app.businesses;

import network.khata.app.config.BodyExample;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import network.khata.app.web.Limits;
import network.khata.api.businesses.RegisterBusiness;
import network.khata.api.businesses.BusinessCategory;
import network.khata.api.businesses.SetBusinessCategory;
import network.khata.api.businesses.SetBusinessDetails;
import jakarta.validation.constraints.Pattern;
import network.khata.api.businesses.UpdateBusiness;
import network.khata.api.identity.Actor;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.team.SetTeamMember;
import network.khata.api.team.TeamRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import network.khata.app.web.OneOfCodes;
import network.khata.app.web.ActorCommandGateway;
import network.khata.app.web.PhoneNumber;
import network.khata.app.web.PlainText;

/**
 * How the core ledger app onboards its businesses in production (service token, see {@code ServiceAuthenticator}):
 * register one, idempotent by its id (201 the first time, 200 after), and change its name or time zone.
 */
@RestController
public class InternalBusinessController {
    private final ActorCommandGateway commands;

    public InternalBusinessController(ActorCommandGateway commands) {
        this.commands = commands;
    }

    static final String GSTIN_MESSAGE = "must be a GSTIN: 15 characters, such as 27AAPFU0939F1ZV";

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BusinessRegistration(@NotNull UUID businessId, @NotBlank @PlainText @Size(max = Limits.NAME) String name,
                                       @PlainText @Size(max = 64) String timeZone, @Nullable @PhoneNumber String ownerPhone,
                                       @Nullable @OneOfCodes(BusinessCategory.class) String category,
                                       @Nullable @PlainText(multiline = true) @Size(max = Limits.ADDRESS) String address,
                                       @Nullable @Pattern(regexp = SetBusinessDetails.GSTIN, message = GSTIN_MESSAGE) String gstin) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BusinessChange(@Nullable @PlainText @Size(min = 1, max = Limits.NAME) String name,
                                 @Nullable @PlainText @Size(max = 64) String timeZone,
                                 @Nullable @PhoneNumber String ownerPhone,
                                 @Nullable @OneOfCodes(BusinessCategory.class) String category,
                                 @Nullable @PlainText(multiline = true) @Size(max = Limits.ADDRESS) String address,
                                 @Nullable @Pattern(regexp = SetBusinessDetails.GSTIN, message = GSTIN_MESSAGE) String gstin) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BusinessAnswer(UUID businessId, boolean changed) {
    }

    @Operation(summary = "Register a business with the network", description = "Idempotent by business_id. With owner_phone, "
            + "that phone is the business's owner: it signs in at /owner with a code by SMS. category: what it sells (the "
            + "network benchmark compares it with businesses of the same category). address and gstin: printed on its invoices.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "200", description = "Registered before")
    @BodyExample("""
            {"business_id": "5f0c9a52-1d3e-4b8a-9c61-2f7e8d4a1b30", "name": "Shree Ganesh Fertilizer", "time_zone": "Asia/Kolkata",
             "owner_phone": "9812345678", "category": "agri_inputs", "address": "Station Road, Nashik 422001", "gstin": "27AAPFU0939F1ZV"}""")
    @PostMapping("/api/internal/businesses")
    public ResponseEntity<BusinessAnswer> register(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor service,
                                                   @Valid @RequestBody BusinessRegistration body, HttpServletRequest request) {
        boolean created = commands.send(new RegisterBusiness(body.businessId(), body.name(), body.timeZone()),
                forBusiness(service, body.businessId()), request);
        addOwner(service, body.businessId(), body.ownerPhone(), request);
        categorise(service, body.businessId(), body.category(), request);
        describe(service, body.businessId(), body.address(), body.gstin(), request);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new BusinessAnswer(body.businessId(), created));
    }

    @Operation(summary = "Change a business's name, time zone or category, or add an owner", description = "owner_phone adds that phone "
            + "as an owner (owners already there stay; an owner takes people off the team at /api/team/members).")
    @BodyExample("""
            {"name": "Shree Ganesh Fertilizer and Seeds"}""")
    @PutMapping("/api/internal/businesses/{businessId}")
    public BusinessAnswer update(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor service, @PathVariable UUID businessId,
                                 @Valid @RequestBody BusinessChange body, HttpServletRequest request) {
        boolean changed = commands.send(new UpdateBusiness(businessId, body.name(), body.timeZone()),
                forBusiness(service, businessId), request);
        boolean ownerAdded = addOwner(service, businessId, body.ownerPhone(), request);
        boolean described = describe(service, businessId, body.address(), body.gstin(), request);
        return new BusinessAnswer(businessId, categorise(service, businessId, body.category(), request) || described || ownerAdded || changed);
    }

    /** @return whether the phone became an owner now (it is one from then on, whatever it was before) */
    private boolean addOwner(Actor service, UUID businessId, String ownerPhone, HttpServletRequest request) {
        if (ownerPhone == null) {
            return false;
        }
        SetTeamMember.Outcome outcome = commands.send(new SetTeamMember(businessId, PhoneNumbers.toE164(ownerPhone).orElseThrow(),
                TeamRole.OWNER), forBusiness(service, businessId), request);
        return outcome.changed();
    }

    /** @return whether the category changed; the network compares a business with others of its category */
    private boolean categorise(Actor service, UUID businessId, String category, HttpServletRequest request) {
        if (category == null) {
            return false;
        }
        return commands.send(new SetBusinessCategory(businessId, BusinessCategory.fromCode(category).orElseThrow()),
                forBusiness(service, businessId), request);
    }

    /** @return whether the address or GSTIN changed; the customer's invoice prints them under the shop's name */
    private boolean describe(Actor service, UUID businessId, String address, String gstin, HttpServletRequest request) {
        if (address == null && gstin == null) {
            return false;
        }
        return commands.send(new SetBusinessDetails(businessId, address, gstin), forBusiness(service, businessId), request);
    }

    /** The core ledger acts for one business: its id goes into the events' metadata, so its own audit trail shows them. */
    private static Actor forBusiness(Actor service, UUID businessId) {
        return new Actor(service.kind(), service.id(), businessId);
    }
}
