package network.khata.command.team;

import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.team.RequestTeamCode;
import network.khata.api.team.SignInTeamMember;
import network.khata.api.team.TeamCodeIssued;
import network.khata.api.team.TeamCodeRefused;
import network.khata.api.team.TeamMemberSignedIn;
import network.khata.api.identity.OtpCodec;
import network.khata.api.identity.OtpRequestOutcome;
import network.khata.command.identity.OtpRules;
import network.khata.api.identity.VerificationOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import network.khata.command.InvalidCommandException;
import network.khata.command.businesses.Business;
import network.khata.command.identity.OneTimeCodes;

/**
 * The phone of a person who works for businesses (an owner, staff), keyed by the id derived from it, as it signs in:
 * its codes, under the same rules as a customer's ({@link OneTimeCodes}, {@link OtpRules}), and apart from the
 * customer of the same phone, so a shop owner who also buys elsewhere has two doors with two keys. Which businesses
 * the person acts for, and how, is each {@link Business}'s to say.
 */
@Aggregate
public class TeamMember {
    private static final String PATH = "team";

    @AggregateIdentifier
    private UUID memberId;
    private final OneTimeCodes codes = new OneTimeCodes();

    protected TeamMember() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public OtpRequestOutcome handle(RequestTeamCode command, OtpCodec codec) {
        requireOwnPhone(command.memberId(), command.phone());
        Instant now = GenericEventMessage.clock.instant();
        var refusal = codes.refusal(PATH, PATH, now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String code = codec.newCode();
        apply(new TeamCodeIssued(command.memberId(), command.phone(), codec.hash(command.memberId(), code), codec.seal(code),
                now.plus(OtpRules.CODE_LIFETIME), now.plus(OtpRules.RESEND_INTERVAL)));
        return new OtpRequestOutcome(true, OtpRules.RESEND_INTERVAL.toSeconds(), false);
    }

    /** A wrong code is recorded (and answered, not thrown) so that it counts toward the phone's day. */
    @CommandHandler
    public VerificationOutcome handle(SignInTeamMember command, OtpCodec codec) {
        requireOwnPhone(command.memberId(), command.phone());
        Instant now = GenericEventMessage.clock.instant();
        String entered = command.code() == null ? null : command.code().trim();
        OneTimeCodes.Check check = codes.check(entered, now, hash -> codec.matches(memberId, entered, hash));
        if (check.outcome() == VerificationOutcome.WRONG_CODE) {
            apply(new TeamCodeRefused(memberId, check.wrongToday() + 1, check.locksNow()));
        } else if (check.outcome() == VerificationOutcome.VERIFIED) {
            apply(new TeamMemberSignedIn(memberId, now));
        }
        return check.outcome();
    }

    private static void requireOwnPhone(UUID memberId, String phone) {
        if (!PhoneNumbers.isE164(phone) || !NetworkIds.memberId(phone).equals(memberId)) {
            throw new InvalidCommandException("the phone must be the E.164 number of this team member");
        }
    }

    @EventSourcingHandler
    void on(TeamCodeIssued event) {
        this.memberId = event.memberId();
        codes.issued(PATH, PATH, event.codeHash(), event.expiresAt(), event.resendAfter());
    }

    @EventSourcingHandler
    void on(TeamCodeRefused event, @Timestamp Instant at) {
        codes.wrongAt(at);
    }

    @EventSourcingHandler
    void on(TeamMemberSignedIn event) {
        codes.usedUp();
    }
}
