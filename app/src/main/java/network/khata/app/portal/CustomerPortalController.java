package network.khata.app.portal;

import network.khata.app.config.BodyExample;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import network.khata.query.identity.FindNetworkCustomer;
import network.khata.api.messaging.Language;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import network.khata.api.customers.UpdateNotificationPreferences;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.messaging.Channel;
import network.khata.api.identity.RequestPhoneVerification;
import network.khata.api.identity.VerifyPhone;
import network.khata.app.security.CustomerSessions;
import network.khata.app.identity.CodeDoors.Door;
import network.khata.app.security.SignInSessions.Session;
import network.khata.app.security.RowScope;
import network.khata.query.portal.FindPortalCustomer;
import network.khata.query.portal.PortalCustomer;
import network.khata.query.portal.CustomerPortalReader.BusinessTotals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import network.khata.app.identity.CodeDoors;
import network.khata.app.identity.CodeRequest;
import network.khata.app.identity.CodeRequested;
import network.khata.app.identity.Refresh;
import network.khata.app.identity.SignIn;
import network.khata.app.web.OneOfCodes;
import network.khata.app.web.ActorCommandGateway;

/**
 * The customer's way in (spec endpoint 5): ask for a code, sign in with it, keep the session fresh, and set how they
 * want to be told. The public endpoints answer alike whether or not a phone is in the network, so they cannot be used
 * to find out who is.
 */
@RestController
@RequestMapping("/api/customer-portal")
public class CustomerPortalController {

    private final ActorCommandGateway commands;
    private final QueryGateway queries;
    private final CustomerSessions sessions;
    private final CodeDoors door;

    public CustomerPortalController(ActorCommandGateway commands, QueryGateway queries, CustomerSessions sessions, CodeDoors door) {
        this.commands = commands;
        this.queries = queries;
        this.sessions = sessions;
        this.door = door;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SignedIn(UUID customerId, String customerName, String token, String refreshToken, long expiresIn,
                           List<BusinessTotals> businesses) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Refreshed(String token, String refreshToken, long expiresIn) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Preferences(@NotNull Boolean notificationsEnabled,
                              @NotEmpty List<@NotNull @OneOfCodes(Channel.class) String> preferredChannels,
                              @NotNull @OneOfCodes(Language.class) String preferredLanguage) {
    }

    /**
     * Sends a sign-in code when the phone is in the network. Known or not, the answer is the same 202, and the same
     * limits apply: one request per phone per minute, a few per phone and per address per hour (429 beyond). The 202
     * is true in every case it is given: a code from the last minute is on its way or already there (one the business
     * sent seconds ago counts, and no second one goes). A known phone that has had its codes for the hour gets the same
     * 429 as any phone past the portal's hourly limit, never a 202 that promises a code.
     */
    @Operation(summary = "Ask for a sign-in code by SMS", description = "The same answer for every phone, in the network or not.")
    @ApiResponse(responseCode = "202", description = "A code is on its way, or one from the last minute already is",
            content = @Content(schema = @Schema(implementation = CodeRequested.class)))
    @ApiResponse(responseCode = "429", description = "`rate-limited`: too many codes for this phone or from this address; wait Retry-After seconds")
    @BodyExample("""
            {"phone": "9876543210"}""")
    @PostMapping("/otp")
    public ResponseEntity<?> requestCode(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        String phone = PhoneNumbers.toE164(body.phone()).orElseThrow();
        UUID customerId = NetworkIds.customerId(phone);
        return door.requestCode(Door.PORTAL, phone, request,
                () -> queries.query(new FindNetworkCustomer(phone), ResponseTypes.optionalInstanceOf(UUID.class)).join().isPresent(),
                () -> commands.send(new RequestPhoneVerification(customerId, phone, true), Actor.customer(customerId), request));
    }

    /** Spec endpoint 5: phone and code in, tokens and the customer's businesses out. Any wrong answer is the same 401. */
    @Operation(summary = "Sign in with the code", description = "Sets the refresh token as an HttpOnly cookie as well.")
    @ApiResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = SignedIn.class)))
    @ApiResponse(responseCode = "401", description = "`invalid-code`: the code is wrong, has expired or was used already")
    @ApiResponse(responseCode = "429", description = "`rate-limited`: too many sign-ins from this address, or wrong codes for this phone; wait Retry-After seconds")
    @BodyExample("""
            {"phone": "9876543210", "otp": "493817"}""")
    @PostMapping("/register")
    public ResponseEntity<?> signIn(@Valid @RequestBody SignIn body, HttpServletRequest request) {
        String phone = PhoneNumbers.toE164(body.phone()).orElseThrow();
        UUID customerId = NetworkIds.customerId(phone);
        return door.signIn(Door.PORTAL, phone, request,
                () -> commands.send(new VerifyPhone(customerId, phone, body.otp()), Actor.customer(customerId), request),
                () -> signedIn(customerId));
    }

    private ResponseEntity<SignedIn> signedIn(UUID customerId) {
        Session session = sessions.start(customerId);
        PortalCustomer customer = RowScope.callAs(RowScope.customer(customerId),
                () -> queries.query(new FindPortalCustomer(customerId), PortalCustomer.class).join());
        SignedIn signedIn = new SignedIn(customerId, customer.name(), session.token(), session.refreshToken(),
                session.expiresIn(), customer.businesses());
        return CodeDoors.withSession(Door.PORTAL, sessions, session, signedIn);
    }

    /** A new access token for the refresh token in the body or, from the portal page, in its HttpOnly cookie. */
    @Operation(summary = "Renew the session", description = "The refresh token from the body, else from the HttpOnly cookie; it is replaced.")
    @ApiResponse(responseCode = "200", description = "A new access token", content = @Content(schema = @Schema(implementation = Refreshed.class)))
    @ApiResponse(responseCode = "401", description = "`refresh-refused`: no refresh token, or one expired, used or signed out")
    @BodyExample("""
            {"refresh_token": "6Hq0d0m9vD3kq1x8b2Jc7wQe5Rt4Yu3Ii2Oo1Pp0Aa9"}""")
    @PostMapping("/token/refresh")
    public ResponseEntity<?> refresh(@Valid @RequestBody(required = false) Refresh body,
                                     @CookieValue(name = CodeDoors.PORTAL_COOKIE, required = false) String cookie) {
        return CodeDoors.renew(Door.PORTAL, sessions, Refresh.of(body, cookie),
                session -> new Refreshed(session.token(), session.refreshToken(), session.expiresIn()));
    }

    /** Sign-out: the sign-in of this refresh token (body or cookie) is closed, its access tokens with it, and the cookie goes. */
    @Operation(summary = "Sign out", description = "Closes the sign-in of this refresh token (body or cookie) and clears the cookie.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @BodyExample("""
            {"refresh_token": "6Hq0d0m9vD3kq1x8b2Jc7wQe5Rt4Yu3Ii2Oo1Pp0Aa9"}""")
    @DeleteMapping("/token/refresh")
    public ResponseEntity<Void> signOut(@RequestBody(required = false) Refresh body,
                                        @CookieValue(name = CodeDoors.PORTAL_COOKIE, required = false) String cookie) {
        return CodeDoors.signOut(Door.PORTAL, sessions, Refresh.of(body, cookie));
    }

    /** The customer's own notification preferences, for every business; the notifications module honours them. */
    @Operation(summary = "Set my notification preferences")
    @BodyExample("""
            {"notifications_enabled": true, "preferred_channels": ["sms", "email"], "preferred_language": "hi"}""")
    @PutMapping("/preferences")
    public Preferences preferences(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor customer,
                                   @Valid @RequestBody Preferences body, HttpServletRequest request) {
        Set<Channel> channels = body.preferredChannels().stream().map(code -> Channel.fromCode(code).orElseThrow())
                .collect(Collectors.toUnmodifiableSet());
        commands.send(new UpdateNotificationPreferences(customer.id(), body.notificationsEnabled(), channels,
                body.preferredLanguage()), customer, request);
        return body;
    }

}
