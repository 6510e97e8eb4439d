package network.khata.command.identity;

import network.khata.api.messaging.Language;
import network.khata.api.customers.NotificationPreferencesChanged;
import network.khata.api.customers.UpdateNotificationPreferences;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.identity.CustomerSignedIn;
import network.khata.api.identity.OtpAttemptFailed;
import network.khata.api.identity.OtpCodec;
import network.khata.api.identity.OtpIssued;
import network.khata.api.identity.OtpRequestOutcome;
import network.khata.api.identity.PhoneVerified;
import network.khata.api.identity.RequestPhoneVerification;
import network.khata.api.identity.VerificationOutcome;
import network.khata.api.identity.VerifyPhone;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import network.khata.command.InvalidCommandException;
import network.khata.command.customers.BusinessCustomer;

/**
 * One network customer, keyed by the id derived from their phone, as they themselves act: one-time codes (issue,
 * resend timing, verification, lockout), sign-in, and notification preferences. What businesses know of them lives in
 * {@link BusinessCustomer}.
 */
@Aggregate
public class NetworkCustomer {
    static final List<String> LANGUAGES = Language.codes();

    @AggregateIdentifier
    private UUID customerId;
    private boolean verified;
    private NotificationPreferencesChanged preferences;
    /**
     * The phone's codes, each asker's apart: the portal's (the customer asked) and each business's (its welcome code).
     * A code asked for by one never replaces another's, so a stranger spending the portal's codes does not take away
     * the code the customer got at the counter, and one business's resend wait tells another nothing. Wrong codes are
     * counted for the phone: {@link OtpRules#WRONG_CODES_PER_DAY} a day from everyone; with two codes alive at most,
     * a day's guesses find one with a chance of 2 × 50 / 10⁶ = 1 in 10,000; the portal slows each address long before
     * (docs/decisions.md).
     */
    private final OneTimeCodes codes = new OneTimeCodes();

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
        var refusal = codes.refusal(asker(portal, businessId), path(portal), now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String code = codec.newCode();
        apply(new OtpIssued(command.customerId(), command.phone(), codec.hash(command.customerId(), code),
                codec.seal(code), now.plus(OtpRules.CODE_LIFETIME), now.plus(OtpRules.RESEND_INTERVAL), portal));
        return new OtpRequestOutcome(true, OtpRules.RESEND_INTERVAL.toSeconds(), false);
    }

    /**
     * A wrong code is recorded (and answered, not thrown) so that it counts even though the customer is refused. Either
     * live code signs in. Wrong codes are not held against one code (a stranger's five guesses used to kill the code the
     * customer held); the phone takes {@link OtpRules#WRONG_CODES_PER_DAY} a day from everyone, and the portal slows each
     * address with growing waits long before that.
     */
    @CommandHandler
    public VerificationOutcome handle(VerifyPhone command, OtpCodec codec) {
        requireOwnPhone(command.customerId(), command.phone());
        Instant now = GenericEventMessage.clock.instant();
        String entered = command.code() == null ? null : command.code().trim();
        OneTimeCodes.Check check = codes.check(entered, now, hash -> codec.matches(customerId, entered, hash));
        if (check.outcome() == VerificationOutcome.WRONG_CODE) {
            apply(new OtpAttemptFailed(customerId, check.wrongToday() + 1, check.locksNow()));
        }
        if (check.outcome() != VerificationOutcome.VERIFIED) {
            return check.outcome();
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

    private static void requireOwnPhone(UUID customerId, String phone) {
        if (!PhoneNumbers.isE164(phone) || !NetworkIds.customerId(phone).equals(customerId)) {
            throw new InvalidCommandException("the phone must be the E.164 number of this customer");
        }
    }

    /** Whose code it is: {@code portal}, or {@code owner:<business>} (codes of businesses share one hourly budget). */
    private static String asker(boolean portal, String businessId) {
        return portal ? "portal" : "owner:" + (businessId == null ? "" : businessId);
    }

    /** Codes of businesses share one hourly budget; the portal's is its own. */
    private static String path(boolean portal) {
        return portal ? "portal" : "owner";
    }

    @EventSourcingHandler
    void on(OtpIssued event, @MetaDataValue(Actor.BUSINESS_ID) String businessId) {
        this.customerId = event.customerId();
        codes.issued(asker(event.portal(), businessId), path(event.portal()), event.codeHash(), event.expiresAt(),
                event.resendAfter());
    }

    @EventSourcingHandler
    void on(OtpAttemptFailed event, @Timestamp Instant at) {
        codes.wrongAt(at);
    }

    @EventSourcingHandler
    void on(PhoneVerified event) {
        this.verified = true;
    }

    @EventSourcingHandler
    void on(CustomerSignedIn event) {
        codes.usedUp();
    }

    @EventSourcingHandler
    void on(NotificationPreferencesChanged event) {
        this.preferences = event;
    }
}
