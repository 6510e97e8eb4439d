package network.khata.command;

import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.verification.OtpCodec;
import network.khata.api.verification.OtpIssued;
import network.khata.api.verification.OtpRequestOutcome;
import network.khata.api.verification.RequestPhoneVerification;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The one-time-code rules of one network customer's phone (one per phone, keyed by the network customer id). */
@Aggregate
public class PhoneVerification {
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);

    @AggregateIdentifier
    private UUID customerId;
    private boolean verified;
    private Instant resendAfter;

    protected PhoneVerification() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public OtpRequestOutcome handle(RequestPhoneVerification command, OtpCodec codec) {
        if (!PhoneNumbers.isE164(command.phone()) || !NetworkIds.customerId(command.phone()).equals(command.customerId())) {
            throw new InvalidCommandException("the phone must be the E.164 number of this customer");
        }
        if (verified) {
            return new OtpRequestOutcome(false, 0, true);
        }
        Instant now = GenericEventMessage.clock.instant();
        if (resendAfter != null && now.isBefore(resendAfter)) {
            long wait = (Duration.between(now, resendAfter).toMillis() + 999) / 1000;
            return new OtpRequestOutcome(false, wait, false);
        }
        String code = codec.newCode();
        apply(new OtpIssued(command.customerId(), command.phone(), codec.hash(command.customerId(), code),
                codec.seal(code), now.plus(CODE_LIFETIME), now.plus(RESEND_INTERVAL)));
        return new OtpRequestOutcome(true, RESEND_INTERVAL.toSeconds(), false);
    }

    @EventSourcingHandler
    void on(OtpIssued event) {
        this.customerId = event.customerId();
        this.resendAfter = event.resendAfter();
    }
}
