package network.khata.command;

import network.khata.api.notification.Language;
import network.khata.api.verification.OtpRules;
import network.khata.api.customer.NotificationPreferencesChanged;
import network.khata.api.customer.UpdateNotificationPreferences;
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
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
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
    static final int MAX_WRONG_CODES = OtpRules.MAX_WRONG_CODES;
    /** One budget per phone, whichever path asks (an owner's auto-register, the portal, a resend): codes an hour. */
    static final int CODES_PER_HOUR = OtpRules.CODES_PER_HOUR;
    /** Wrong codes an hour across all codes: at most {@link #CODES_PER_HOUR} × {@link #MAX_WRONG_CODES} guesses. */
    static final int WRONG_CODES_PER_HOUR = CODES_PER_HOUR * MAX_WRONG_CODES;
    static final Duration BUDGET_WINDOW = Duration.ofHours(1);
    static final List<String> LANGUAGES = Language.codes();

    @AggregateIdentifier
    private UUID customerId;
    private boolean verified;
    private Instant resendAfter;
    private String codeHash;
    private Instant codeExpiresAt;
    private int wrongCodes;
    private NotificationPreferencesChanged preferences;
    /** The codes issued in the last hour or so, oldest first, with the wrong tries each took. */
    private final Deque<IssuedCode> recentCodes = new ArrayDeque<>();

    private record IssuedCode(Instant issuedAt, int wrongTries) {
    }

    protected NetworkCustomer() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public OtpRequestOutcome handle(RequestPhoneVerification command, OtpCodec codec) {
        requireOwnPhone(command.customerId(), command.phone());
        if (verified && !command.forSignIn()) {
            return new OtpRequestOutcome(false, 0, true);
        }
        Instant now = GenericEventMessage.clock.instant();
        if (resendAfter != null && now.isBefore(resendAfter)) {
            long wait = (Duration.between(now, resendAfter).toMillis() + 999) / 1000;
            return new OtpRequestOutcome(false, wait, false);
        }
        List<IssuedCode> lastHour = codesSince(now.minus(BUDGET_WINDOW));
        if (lastHour.size() >= CODES_PER_HOUR) {
            Instant budgetBack = lastHour.get(0).issuedAt().plus(BUDGET_WINDOW);
            return new OtpRequestOutcome(false, (Duration.between(now, budgetBack).toMillis() + 999) / 1000, false, true);
        }
        String code = codec.newCode();
        apply(new OtpIssued(command.customerId(), command.phone(), codec.hash(command.customerId(), code),
                codec.seal(code), now.plus(CODE_LIFETIME), now.plus(RESEND_INTERVAL)));
        return new OtpRequestOutcome(true, RESEND_INTERVAL.toSeconds(), false);
    }

    /** A wrong code is recorded (and answered, not thrown) so that it counts even though the customer is refused. */
    @CommandHandler
    public VerificationOutcome handle(VerifyPhone command, OtpCodec codec) {
        requireOwnPhone(command.customerId(), command.phone());
        if (codeHash == null) {
            return VerificationOutcome.NO_CODE;
        }
        Instant now = GenericEventMessage.clock.instant();
        int wrongLastHour = codesSince(now.minus(BUDGET_WINDOW)).stream().mapToInt(IssuedCode::wrongTries).sum();
        if (wrongCodes >= MAX_WRONG_CODES || wrongLastHour >= WRONG_CODES_PER_HOUR) {
            return VerificationOutcome.LOCKED;
        }
        if (!now.isBefore(codeExpiresAt)) {
            return VerificationOutcome.EXPIRED;
        }
        if (command.code() == null || !codec.matches(customerId, command.code().trim(), codeHash)) {
            apply(new OtpAttemptFailed(customerId, wrongCodes + 1, wrongCodes + 1 >= MAX_WRONG_CODES));
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

    @EventSourcingHandler
    void on(OtpIssued event) {
        this.customerId = event.customerId();
        this.resendAfter = event.resendAfter();
        this.codeHash = event.codeHash();
        this.codeExpiresAt = event.expiresAt();
        this.wrongCodes = 0;
        Instant issuedAt = event.expiresAt().minus(CODE_LIFETIME);
        while (!recentCodes.isEmpty() && !recentCodes.peekFirst().issuedAt().isAfter(issuedAt.minus(BUDGET_WINDOW))) {
            recentCodes.removeFirst();
        }
        recentCodes.addLast(new IssuedCode(issuedAt, 0));
    }

    @EventSourcingHandler
    void on(OtpAttemptFailed event) {
        this.wrongCodes = event.attempts();
        IssuedCode current = recentCodes.pollLast();
        if (current != null) {
            recentCodes.addLast(new IssuedCode(current.issuedAt(), event.attempts()));
        }
    }

    @EventSourcingHandler
    void on(PhoneVerified event) {
        this.verified = true;
    }

    @EventSourcingHandler
    void on(CustomerSignedIn event) {
        this.codeHash = null;
    }

    @EventSourcingHandler
    void on(NotificationPreferencesChanged event) {
        this.preferences = event;
    }
}
