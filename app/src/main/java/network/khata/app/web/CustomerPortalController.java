package network.khata.app.web;

import network.khata.app.problems.Problems;
import network.khata.app.config.BodyExample;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import network.khata.query.customers.FindNetworkCustomer;
import network.khata.api.notification.Language;
import network.khata.api.verification.OtpRequestOutcome;
import network.khata.api.verification.OtpRules;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import network.khata.api.customer.UpdateNotificationPreferences;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.notification.Channel;
import network.khata.api.verification.RequestPhoneVerification;
import network.khata.api.verification.VerificationOutcome;
import network.khata.api.verification.VerifyPhone;
import network.khata.app.security.CustomerSessions;
import network.khata.app.security.CustomerSessions.Session;
import network.khata.app.security.PortalRateLimits;
import network.khata.app.security.PortalRateLimits.Limit;
import network.khata.app.security.RowScope;
import network.khata.query.portal.FindPortalCustomer;
import network.khata.query.portal.PortalCustomer;
import network.khata.query.portal.PortalReads.BusinessTotals;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.lang.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The customer's way in (spec endpoint 5): ask for a code, sign in with it, keep the session fresh, and set how they
 * want to be told. The public endpoints answer alike whether or not a phone is in the network, so they cannot be used
 * to find out who is.
 */
@RestController
@RequestMapping("/api/customer-portal")
public class CustomerPortalController {
    static final String REFRESH_COOKIE = "khata_refresh";
    private static final String REFRESH_PATH = "/api/customer-portal/token/refresh";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    /**
     * Wrong sign-ins per phone and address in a day before each further try waits: 30 s, then twice as long each time.
     * A stranger slows only their own tries; the customer, elsewhere, is not slowed (docs/decisions.md, the numbers).
     */
    static final int FREE_WRONG_SIGN_INS = 5;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

    private final Commands commands;
    private final QueryGateway queries;
    private final CustomerSessions sessions;
    private final PortalRateLimits limits;
    private final CodeRequests codeRequests;
    private final int codesPerPhonePerHour;
    private final int codesPerIpPerHour;
    private final int signInsPerIpPerHour;

    public CustomerPortalController(Commands commands, QueryGateway queries, CustomerSessions sessions,
                                    PortalRateLimits limits, CodeRequests codeRequests,
                                    @Value("${khata.portal.otp.per-phone-per-hour:5}") int codesPerPhonePerHour,
                                    @Value("${khata.portal.otp.per-ip-per-hour:20}") int codesPerIpPerHour,
                                    @Value("${khata.portal.sign-in.per-ip-per-hour:30}") int signInsPerIpPerHour) {
        this.commands = commands;
        this.queries = queries;
        this.sessions = sessions;
        this.limits = limits;
        this.codeRequests = codeRequests;
        this.codesPerPhonePerHour = codesPerPhonePerHour;
        this.codesPerIpPerHour = codesPerIpPerHour;
        this.signInsPerIpPerHour = signInsPerIpPerHour;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CodeRequest(@NotNull @PhoneNumber String phone) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CodeRequested(String phone, long resendAfter, long expiresIn, String message) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SignIn(@NotNull @PhoneNumber String phone,
                         @NotNull @Pattern(regexp = "\\d{6}", message = "must be the 6 digits of the code") String otp) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SignedIn(UUID customerId, String customerName, String token, String refreshToken, long expiresIn,
                           List<BusinessTotals> businesses) {
    }

    /** The refresh token in the body (apps), or none: the browser's HttpOnly cookie carries it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Refresh(@Nullable String refreshToken) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Refreshed(String token, String refreshToken, long expiresIn) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Preferences(@NotNull Boolean notificationsEnabled,
                              @NotEmpty List<@NotNull @CodeOf(Channel.class) String> preferredChannels,
                              @NotNull @CodeOf(Language.class) String preferredLanguage) {
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
        Optional<Duration> wait = limits.admit(List.of(
                new Limit("otp-phone-minute", phone, 1, OtpRules.RESEND_INTERVAL),
                new Limit("otp-phone-hour", phone, codesPerPhonePerHour, HOUR),
                new Limit("otp-ip-hour", request.getRemoteAddr(), codesPerIpPerHour, HOUR)));
        if (wait.isPresent()) {
            codeRequests.record("portal", "rate_limited", phone);
            return tooManyCodes(wait.get());
        }
        UUID customerId = NetworkIds.customerId(phone);
        if (queries.query(new FindNetworkCustomer(phone), ResponseTypes.optionalInstanceOf(UUID.class)).join().isEmpty()) {
            codeRequests.record("portal", "not_in_network", phone);
            return codeOnItsWay(phone);
        }
        OtpRequestOutcome outcome = commands.send(new RequestPhoneVerification(customerId, phone, true),
                Actor.customer(customerId), request);
        codeRequests.record("portal", outcome.outcome(), phone);
        return outcome.hourlyBudgetSpent() ? tooManyCodes(Duration.ofSeconds(outcome.resendAfterSeconds())) : codeOnItsWay(phone);
    }

    private static ResponseEntity<CodeRequested> codeOnItsWay(String phone) {
        return ResponseEntity.accepted().body(new CodeRequested(phone, OtpRules.RESEND_INTERVAL.toSeconds(),
                OtpRules.CODE_LIFETIME.toSeconds(), "If " + phone + " has invoices in the network, a 6-digit code from the "
                + "last minute is on its way to it by SMS, or already there: use the latest one. It is valid for "
                + OtpRules.CODE_LIFETIME.toMinutes() + " minutes."));
    }

    private static ResponseEntity<ProblemDetail> tooManyCodes(Duration wait) {
        return tooMany(wait, "too many codes asked for; try again later");
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
        Optional<Duration> wait = limits.admit(List.of(new Limit("sign-in-ip-hour", request.getRemoteAddr(), signInsPerIpPerHour, HOUR)));
        if (wait.isPresent()) {
            return tooMany(wait.get(), "too many sign-in attempts from this address; try again later");
        }
        String requester = phone + "|" + request.getRemoteAddr();
        Limit wrongSignIns = new Limit("sign-in-wrong", requester, FREE_WRONG_SIGN_INS, DAY);
        Optional<Duration> backoff = limits.backoff(wrongSignIns, FIRST_BACKOFF);
        if (backoff.isPresent()) {
            return tooMany(backoff.get(), "too many wrong codes for this phone from this address; wait before trying again");
        }
        UUID customerId = NetworkIds.customerId(phone);
        VerificationOutcome outcome;
        try {
            outcome = commands.send(new VerifyPhone(customerId, phone, body.otp()), Actor.customer(customerId), request);
        } catch (AggregateNotFoundException noCodeEverIssued) {
            outcome = VerificationOutcome.NO_CODE;
        }
        if (outcome != VerificationOutcome.VERIFIED) {
            limits.record(wrongSignIns);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Problems.of(HttpStatus.UNAUTHORIZED, "invalid-code",
                    "Code not accepted", "the code is wrong, has expired or was used already; ask for a new one"));
        }
        Session session = sessions.start(customerId);
        PortalCustomer customer = RowScope.callAs(RowScope.customer(customerId),
                () -> queries.query(new FindPortalCustomer(customerId), PortalCustomer.class).join());
        SignedIn signedIn = new SignedIn(customerId, customer.name(), session.token(), session.refreshToken(),
                session.expiresIn(), customer.businesses());
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, refreshCookie(session.refreshToken()).toString()).body(signedIn);
    }

    /** A new access token for the refresh token in the body or, from the portal page, in its HttpOnly cookie. */
    @Operation(summary = "Renew the session", description = "The refresh token from the body, else from the HttpOnly cookie; it is replaced.")
    @ApiResponse(responseCode = "200", description = "A new access token", content = @Content(schema = @Schema(implementation = Refreshed.class)))
    @ApiResponse(responseCode = "401", description = "`refresh-refused`: no refresh token, or one expired, used or signed out")
    @BodyExample("""
            {"refresh_token": "6Hq0d0m9vD3kq1x8b2Jc7wQe5Rt4Yu3Ii2Oo1Pp0Aa9"}""")
    @PostMapping("/token/refresh")
    public ResponseEntity<?> refresh(@Valid @RequestBody(required = false) Refresh body,
                                     @CookieValue(name = REFRESH_COOKIE, required = false) String cookie) {
        String refreshToken = body != null && body.refreshToken() != null ? body.refreshToken() : cookie;
        try {
            if (refreshToken == null) {
                throw new CustomerSessions.RefreshRefusedException("no refresh token: sign in with a code");
            }
            Session session = sessions.refresh(refreshToken);
            return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, refreshCookie(session.refreshToken()).toString())
                    .body(new Refreshed(session.token(), session.refreshToken(), session.expiresIn()));
        } catch (CustomerSessions.RefreshRefusedException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.SET_COOKIE, refreshCookie("").toString())
                    .body(Problems.of(HttpStatus.UNAUTHORIZED, "refresh-refused", "Session not renewed", e.getMessage()));
        }
    }

    /** Sign-out: the sign-in of this refresh token (body or cookie) is closed, its access tokens with it, and the cookie goes. */
    @Operation(summary = "Sign out", description = "Closes the sign-in of this refresh token (body or cookie) and clears the cookie.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @BodyExample("""
            {"refresh_token": "6Hq0d0m9vD3kq1x8b2Jc7wQe5Rt4Yu3Ii2Oo1Pp0Aa9"}""")
    @DeleteMapping("/token/refresh")
    public ResponseEntity<Void> signOut(@RequestBody(required = false) Refresh body,
                                        @CookieValue(name = REFRESH_COOKIE, required = false) String cookie) {
        String refreshToken = body != null && body.refreshToken() != null ? body.refreshToken() : cookie;
        if (refreshToken != null) {
            sessions.close(refreshToken);
        }
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, refreshCookie("").toString()).build();
    }

    /**
     * The refresh token as the browser keeps it: HttpOnly (no script reads it), Secure, SameSite=Strict, and sent only
     * to the refresh path. An empty value clears it.
     */
    private ResponseCookie refreshCookie(String refreshToken) {
        return ResponseCookie.from(REFRESH_COOKIE, refreshToken).httpOnly(true).secure(true).sameSite("Strict")
                .path(REFRESH_PATH).maxAge(refreshToken.isEmpty() ? Duration.ZERO : sessions.refreshLifetime()).build();
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

    private static ResponseEntity<ProblemDetail> tooMany(Duration wait, String detail) {
        return Problems.tooMany(wait, "rate-limited", "Too many requests", detail);
    }
}
