package network.khata.command;

import network.khata.api.notification.Language;
import network.khata.api.verification.OtpRules;
import network.khata.api.customer.NotificationPreferencesChanged;
import network.khata.api.customer.UpdateNotificationPreferences;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.verification.CustomerSignedIn;
import network.khata.api.verification.OtpAttemptFailed;
import network.khata.api.verification.OtpCodec;
import network.khata.api.verification.OtpIssued;
import network.khata.api.verification.OtpRequestOutcome;
import network.khata.api.verification.PhoneVerified;
import network.khata.api.verification.RequestPhoneVerification;
import network.khata.api.verification.VerificationOutcome;
import network.khata.api.verification.VerifyPhone;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One network customer, keyed by the id derived from their phone, as they themselves act: one-time codes (issue,
 * resend timing, verification, lockout), sign-in, and notification preferences. What businesses know of them lives in
 * {@link Party}.
 */
@Aggregate
public class NetworkCustomer {
    static final Duration CODE_LIFETIME = OtpRules.CODE_LIFETIME;
    static final Duration RESEND_INTERVAL = OtpRules.RESEND_INTERVAL;
    /** Codes an hour for each path (an owner's auto-register and its resends; the portal), kept apart. */
    static final int CODES_PER_HOUR = OtpRules.CODES_PER_HOUR;
    /**
     * Wrong codes a phone may be sent in a day, from everyone: then no code is accepted until the oldest is a day old.
     * With two codes alive at most, a day's guesses find one with a chance of 2 × 50 / 10⁶ = 1 in 10,000; the portal
     * slows each address long before (docs/decisions.md).
     */
    static final int WRONG_CODES_PER_DAY = OtpRules.WRONG_CODES_PER_DAY;
    static final Duration BUDGET_WINDOW = Duration.ofHours(1);
    static final Duration WRONG_WINDOW = Duration.ofDays(1);
    static final List<String> LANGUAGES = Language.codes();

    @AggregateIdentifier
    private UUID customerId;
    private boolean verified;
    private NotificationPreferencesChanged preferences;
    /**
     * The live code of each asker: the portal's (the customer asked) and each business's (its welcome code). A code
     * asked for by one never replaces another's, so a stranger spending the portal's codes does not take away the code
     * the customer got at the counter, and one business's resend wait tells another nothing.
     */
    private final Map<String, LiveCode> codes = new HashMap<>();
    /** The codes issued in the last hour or so, oldest first, with their path. */
    private final Deque<IssuedCode> recentCodes = new ArrayDeque<>();
    /** When wrong codes were tried, in the last day, oldest first. */
    private final Deque<Instant> wrongCodes = new ArrayDeque<>();

    private record LiveCode(String hash, Instant expiresAt, Instant resendAfter) {
    }

    private record IssuedCode(Instant issuedAt, boolean portal) {
    }

    protected NetworkCustomer() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public OtpRequestOutcome handle(RequestPhoneVerification command, OtpCodec codec,
                                    @MetaDataValue(Actor.BUSINESS_ID) String businessId) {
        requireOwnPhone(command.customerId(), command.phone());
        if (verified && !command.forSignIn()) {
            return new OtpRequestOutcome(false, 0, true);
        }
        Instant now = GenericEventMessage.clock.instant();
        boolean portal = command.forSignIn();
        LiveCode live = codes.get(asker(portal, businessId));
        if (live != null && now.isBefore(live.resendAfter())) {
            long wait = (Duration.between(now, live.resendAfter()).toMillis() + 999) / 1000;
            return new OtpRequestOutcome(false, wait, false);
        }
        List<IssuedCode> lastHour = codesSince(now.minus(BUDGET_WINDOW)).stream().filter(code -> code.portal() == portal).toList();
        if (lastHour.size() >= CODES_PER_HOUR) {
            Instant budgetBack = lastHour.get(0).issuedAt().plus(BUDGET_WINDOW);
            return new OtpRequestOutcome(false, (Duration.between(now, budgetBack).toMillis() + 999) / 1000, false, true);
        }
        String code = codec.newCode();
        apply(new OtpIssued(command.customerId(), command.phone(), codec.hash(command.customerId(), code),
                codec.seal(code), now.plus(CODE_LIFETIME), now.plus(RESEND_INTERVAL), portal));
        return new OtpRequestOutcome(true, RESEND_INTERVAL.toSeconds(), false);
    }

    /**
     * A wrong code is recorded (and answered, not thrown) so that it counts even though the customer is refused. Either
     * live code signs in. Wrong codes are not held against one code (a stranger's five guesses used to kill the code the
     * customer held); the phone takes {@link #WRONG_CODES_PER_DAY} a day from everyone, and the portal slows each
     * address with growing waits long before that.
     */
    @CommandHandler
    public VerificationOutcome handle(VerifyPhone command, OtpCodec codec) {
        requireOwnPhone(command.customerId(), command.phone());
        if (codes.isEmpty()) {
            return VerificationOutcome.NO_CODE;
        }
        Instant now = GenericEventMessage.clock.instant();
        long wrongToday = wrongCodes.stream().filter(at -> at.isAfter(now.minus(WRONG_WINDOW))).count();
        if (wrongToday >= WRONG_CODES_PER_DAY) {
            return VerificationOutcome.LOCKED;
        }
        List<LiveCode> live = codes.values().stream().filter(code -> now.isBefore(code.expiresAt())).toList();
        if (live.isEmpty()) {
            return VerificationOutcome.EXPIRED;
        }
        if (command.code() == null || live.stream().noneMatch(code -> codec.matches(customerId, command.code().trim(), code.hash()))) {
            apply(new OtpAttemptFailed(customerId, (int) wrongToday + 1, wrongToday + 1 >= WRONG_CODES_PER_DAY));
            return VerificationOutcome.WRONG_CODE;
        }
        if (!verified) {
            apply(new PhoneVerified(customerId, command.phone(), now));
        }
        apply(new CustomerSignedIn(customerId, now));
        return VerificationOutcome.VERIFIED;
    }

    /** @return whether anything changed */
    @CommandHandler
    public boolean handle(UpdateNotificationPreferences command) {
        if (command.preferredChannels() == null || command.preferredChannels().isEmpty()) {
            throw new InvalidCommandException("preferred_channels must name at least one of sms, email");
        }
        if (!LANGUAGES.contains(command.preferredLanguage())) {
            throw new InvalidCommandException("preferred_language must be one of " + String.join(", ", LANGUAGES));
        }
        NotificationPreferencesChanged changed = new NotificationPreferencesChanged(customerId,
                command.notificationsEnabled(), java.util.Set.copyOf(command.preferredChannels()), command.preferredLanguage());
        if (changed.equals(preferences)) {
            return false;
        }
        apply(changed);
        return true;
    }

    private List<IssuedCode> codesSince(Instant since) {
        return recentCodes.stream().filter(code -> code.issuedAt().isAfter(since)).toList();
    }

    private static void requireOwnPhone(UUID customerId, String phone) {
        if (!PhoneNumbers.isE164(phone) || !NetworkIds.customerId(phone).equals(customerId)) {
            throw new InvalidCommandException("the phone must be the E.164 number of this customer");
        }
    }

    /** Whose code it is: {@code portal}, or {@code owner:<business>} (codes of businesses share one hourly budget). */
    private static String asker(boolean portal, String businessId) {
        return portal ? "portal" : "owner:" + (businessId == null ? "" : businessId);
    }

    @EventSourcingHandler
    void on(OtpIssued event, @MetaDataValue(Actor.BUSINESS_ID) String businessId) {
        this.customerId = event.customerId();
        boolean portal = event.portal();
        codes.put(asker(portal, businessId), new LiveCode(event.codeHash(), event.expiresAt(), event.resendAfter()));
        Instant issuedAt = event.expiresAt().minus(CODE_LIFETIME);
        while (!recentCodes.isEmpty() && !recentCodes.peekFirst().issuedAt().isAfter(issuedAt.minus(BUDGET_WINDOW))) {
            recentCodes.removeFirst();
        }
        recentCodes.addLast(new IssuedCode(issuedAt, portal));
    }

    @EventSourcingHandler
    void on(OtpAttemptFailed event, @Timestamp Instant at) {
        while (!wrongCodes.isEmpty() && wrongCodes.peekFirst().isBefore(at.minus(WRONG_WINDOW))) {
            wrongCodes.removeFirst();
        }
        wrongCodes.addLast(at);
    }

    @EventSourcingHandler
    void on(PhoneVerified event) {
        this.verified = true;
    }

    @EventSourcingHandler
    void on(CustomerSignedIn event) {
        codes.clear();
    }

    @EventSourcingHandler
    void on(NotificationPreferencesChanged event) {
        this.preferences = event;
    }
}
