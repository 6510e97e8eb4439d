package network.khata.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import network.khata.api.identity.OtpRequestOutcome;
import network.khata.command.identity.OtpRules;
import network.khata.api.identity.VerificationOutcome;
import network.khata.app.security.SignInSessions;
import network.khata.app.security.SignInSessions.Session;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import network.khata.app.problems.Problems;
import network.khata.app.security.PortalRateLimits;
import network.khata.app.security.PortalRateLimits.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the two doors that open with a code by SMS share, the customers' portal and the owners' and staff's: the same
 * answer for a phone we know and one we don't, the limits on asking for codes (one a minute per phone, a few an hour
 * per phone and per address) and on signing in (per address; growing waits after a few wrong codes for one phone from
 * one address), and the HttpOnly cookie that carries the refresh token. Each door counts its own.
 */
@Component
public class CodeDoors {
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    /**
     * Wrong sign-ins per phone and address in a day before each further try waits: 30 s, then twice as long each time.
     * A stranger slows only their own tries; the holder, elsewhere, is not slowed (docs/decisions.md, the numbers).
     */
    static final int FREE_WRONG_SIGN_INS = 5;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    public static final String PORTAL_COOKIE = "khata_refresh";
    public static final String TEAM_COOKIE = "khata_team_refresh";

    /**
     * A door: its limits are counted apart ({@code keyPrefix}), its requests counted under its path name, its refresh
     * token kept in a cookie of its own, sent only to its refresh path.
     */
    public enum Door {
        PORTAL("", "portal", "has invoices in the network", PORTAL_COOKIE, "/api/customer-portal/token/refresh"),
        TEAM("team-", "team", "is on a business's team", TEAM_COOKIE, "/api/team/token/refresh");

        private final String keyPrefix;
        private final String path;
        private final String whoGetsOne;
        final String cookie;
        private final String refreshPath;

        Door(String keyPrefix, String path, String whoGetsOne, String cookie, String refreshPath) {
            this.keyPrefix = keyPrefix;
            this.path = path;
            this.whoGetsOne = whoGetsOne;
            this.cookie = cookie;
            this.refreshPath = refreshPath;
        }
    }

    private final PortalRateLimits limits;
    private final CodeRequests codeRequests;
    private final int codesPerPhonePerHour;
    private final int codesPerIpPerHour;
    private final int signInsPerIpPerHour;

    public CodeDoors(PortalRateLimits limits, CodeRequests codeRequests, DoorLimits.Codes codes, DoorLimits.SignIns signIns) {
        this.limits = limits;
        this.codeRequests = codeRequests;
        this.codesPerPhonePerHour = codes.perPhonePerHour();
        this.codesPerIpPerHour = codes.perIpPerHour();
        this.signInsPerIpPerHour = signIns.perIpPerHour();
    }

    /**
     * A request for a code at the door: within the limits, a phone the door knows ({@code known}) is sent one
     * ({@code send}); every phone gets the same answer.
     */
    public ResponseEntity<?> requestCode(Door door, String phone, HttpServletRequest request, BooleanSupplier known,
                                         Supplier<OtpRequestOutcome> send) {
        Optional<ResponseEntity<ProblemDetail>> refusal = codeRequestRefusal(door, phone, request);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return known.getAsBoolean() ? answer(door, phone, send.get()) : unknownPhone(door, phone);
    }

    /** A sign-in at the door: within the limits, the code is checked ({@code check}); only a right one gets {@code signedIn}. */
    public ResponseEntity<?> signIn(Door door, String phone, HttpServletRequest request, Supplier<VerificationOutcome> check,
                                    Supplier<ResponseEntity<?>> signedIn) {
        Optional<ResponseEntity<ProblemDetail>> refusal = signInRefusal(door, phone, request);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return outcomeOf(check) == VerificationOutcome.VERIFIED ? signedIn.get() : codeNotAccepted(door, phone, request);
    }

    /** A 429 when this request for a code is over a limit (counted as {@code rate_limited}); empty when it may go on. */
    private Optional<ResponseEntity<ProblemDetail>> codeRequestRefusal(Door door, String phone, HttpServletRequest request) {
        Optional<Duration> wait = limits.admit(List.of(
                new Limit(door.keyPrefix + "otp-phone-minute", phone, 1, OtpRules.RESEND_INTERVAL),
                new Limit(door.keyPrefix + "otp-phone-hour", phone, codesPerPhonePerHour, HOUR),
                new Limit(door.keyPrefix + "otp-ip-hour", request.getRemoteAddr(), codesPerIpPerHour, HOUR)));
        wait.ifPresent(ignored -> codeRequests.record(door.path, "rate_limited", phone));
        return wait.map(CodeDoors::tooManyCodes);
    }

    /** A phone we don't know gets the answer a known one gets. */
    private ResponseEntity<CodeRequested> unknownPhone(Door door, String phone) {
        codeRequests.record(door.path, "not_in_network", phone);
        return codeOnItsWay(door, phone);
    }

    /** The answer to a known phone: the 202, or the same 429 as any phone past the hour's limit when its codes are spent. */
    private ResponseEntity<?> answer(Door door, String phone, OtpRequestOutcome outcome) {
        codeRequests.record(door.path, outcome.outcome(), phone);
        return outcome.hourlyBudgetSpent() ? tooManyCodes(Duration.ofSeconds(outcome.resendAfterSeconds()))
                : codeOnItsWay(door, phone);
    }

    private static ResponseEntity<CodeRequested> codeOnItsWay(Door door, String phone) {
        return ResponseEntity.accepted().body(new CodeRequested(phone, OtpRules.RESEND_INTERVAL.toSeconds(),
                OtpRules.CODE_LIFETIME.toSeconds(), "If " + phone + " " + door.whoGetsOne + ", a 6-digit code from the "
                + "last minute is on its way to it by SMS, or already there: use the latest one. It is valid for "
                + OtpRules.CODE_LIFETIME.toMinutes() + " minutes."));
    }

    /** A 429 when this sign-in is over the address's hourly limit, or this phone and address must wait after wrong codes. */
    private Optional<ResponseEntity<ProblemDetail>> signInRefusal(Door door, String phone, HttpServletRequest request) {
        Optional<Duration> wait = limits.admit(List.of(
                new Limit(door.keyPrefix + "sign-in-ip-hour", request.getRemoteAddr(), signInsPerIpPerHour, HOUR)));
        if (wait.isPresent()) {
            return Optional.of(tooMany(wait.get(), "too many sign-in attempts from this address; try again later"));
        }
        return limits.backoff(wrongSignIns(door, phone, request), FIRST_BACKOFF)
                .map(backoff -> tooMany(backoff, "too many wrong codes for this phone from this address; wait before trying again"));
    }

    /** The one 401 for any code not accepted; it counts toward this phone and address's free wrong tries. */
    private ResponseEntity<ProblemDetail> codeNotAccepted(Door door, String phone, HttpServletRequest request) {
        limits.record(wrongSignIns(door, phone, request));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Problems.of(HttpStatus.UNAUTHORIZED, "invalid-code",
                "Code not accepted", "the code is wrong, has expired or was used already; ask for a new one"));
    }

    private static Limit wrongSignIns(Door door, String phone, HttpServletRequest request) {
        return new Limit(door.keyPrefix + "sign-in-wrong", phone + "|" + request.getRemoteAddr(), FREE_WRONG_SIGN_INS, DAY);
    }

    /** What a code check answered; a phone that was never sent a code has no aggregate yet: no code. */
    private static VerificationOutcome outcomeOf(Supplier<VerificationOutcome> check) {
        try {
            return check.get();
        } catch (AggregateNotFoundException noCodeEverIssued) {
            return VerificationOutcome.NO_CODE;
        }
    }

    /** 200 with the body, and the session's refresh token in the door's cookie. */
    public static <T> ResponseEntity<T> withSession(Door door, SignInSessions sessions, Session session, T body) {
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, refreshCookie(door, sessions, session.refreshToken()).toString())
                .body(body);
    }

    /** The refresh endpoint: the next session, answered as {@code body} says, or 401 {@code refresh-refused}, the cookie cleared. */
    public static ResponseEntity<?> renew(Door door, SignInSessions sessions, String refreshToken, Function<Session, ?> body) {
        try {
            if (refreshToken == null) {
                throw new SignInSessions.RefreshRefusedException("no refresh token: sign in with a code");
            }
            Session session = sessions.refresh(refreshToken);
            return withSession(door, sessions, session, body.apply(session));
        } catch (SignInSessions.RefreshRefusedException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.SET_COOKIE, refreshCookie(door, sessions, "").toString())
                    .body(Problems.of(HttpStatus.UNAUTHORIZED, "refresh-refused", "Session not renewed", e.getMessage()));
        }
    }

    /** Sign-out: the sign-in of this refresh token is closed, its access tokens with it, and the cookie goes. */
    public static ResponseEntity<Void> signOut(Door door, SignInSessions sessions, String refreshToken) {
        if (refreshToken != null) {
            sessions.close(refreshToken);
        }
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, refreshCookie(door, sessions, "").toString()).build();
    }

    /**
     * A refresh token as the browser keeps it: HttpOnly (no script reads it), Secure, SameSite=Strict, and sent only to
     * the door's refresh path. An empty value clears it.
     */
    private static ResponseCookie refreshCookie(Door door, SignInSessions sessions, String refreshToken) {
        return ResponseCookie.from(door.cookie, refreshToken).httpOnly(true).secure(true).sameSite("Strict")
                .path(door.refreshPath).maxAge(refreshToken.isEmpty() ? Duration.ZERO : sessions.refreshLifetime()).build();
    }

    private static ResponseEntity<ProblemDetail> tooManyCodes(Duration wait) {
        return tooMany(wait, "too many codes asked for; try again later");
    }

    private static ResponseEntity<ProblemDetail> tooMany(Duration wait, String detail) {
        return Problems.tooMany(wait, "rate-limited", "Too many requests", detail);
    }
}
