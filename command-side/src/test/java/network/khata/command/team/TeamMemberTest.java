package network.khata.command.team;

import network.khata.api.identity.NetworkIds;
import network.khata.api.team.RequestTeamCode;
import network.khata.api.team.SignInTeamMember;
import network.khata.api.team.TeamCodeIssued;
import network.khata.api.team.TeamCodeRefused;
import network.khata.api.team.TeamMemberSignedIn;
import network.khata.api.identity.OtpCodec;
import network.khata.api.identity.OtpRequestOutcome;
import network.khata.api.identity.VerificationOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import network.khata.command.InvalidCommandException;

/** An owner's or staff member's phone signs in under the customers' code rules, with codes of its own. */
class TeamMemberTest {
    private static final String PHONE = "+919812345678";
    private static final UUID MEMBER = NetworkIds.memberId(PHONE);
    private static final String CODE = "123456";
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final OtpCodec codec = new OtpCodec("a-test-secret-that-is-long-enough-123456");
    private AggregateTestFixture<TeamMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TeamMember.class);
        fixture.registerInjectableResource(codec);
    }

    private TeamCodeIssued issued(Instant at) {
        return new TeamCodeIssued(MEMBER, PHONE, codec.hash(MEMBER, CODE), codec.seal(CODE), at.plus(Duration.ofMinutes(10)),
                at.plusSeconds(60));
    }

    @Test
    void aCodeGoesOutAndAnotherNotWithinTheMinute() {
        fixture.givenCurrentTime(NOW).when(new RequestTeamCode(MEMBER, PHONE))
                .expectResultMessagePayload(new OtpRequestOutcome(true, 60, false));
        fixture.given(issued(NOW)).andGivenCurrentTime(NOW.plusSeconds(20)).when(new RequestTeamCode(MEMBER, PHONE))
                .expectNoEvents().expectResultMessagePayload(new OtpRequestOutcome(false, 40, false));
    }

    @Test
    void fiveCodesAnHourThenTheHourlyBudgetIsSpent() {
        List<Object> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(issued(NOW.plus(Duration.ofMinutes(2L * i))));
        }
        fixture.given(five).andGivenCurrentTime(NOW.plus(Duration.ofMinutes(12))).when(new RequestTeamCode(MEMBER, PHONE))
                .expectNoEvents().expectResultMessagePayload(new OtpRequestOutcome(false, 48 * 60, false, true));
    }

    @Test
    void theRightCodeSignsInOnceAndAWrongOneIsCounted() {
        fixture.given(issued(NOW)).andGivenCurrentTime(NOW.plusSeconds(30)).when(new SignInTeamMember(MEMBER, PHONE, CODE))
                .expectEvents(new TeamMemberSignedIn(MEMBER, NOW.plusSeconds(30)))
                .expectResultMessagePayload(VerificationOutcome.VERIFIED);
        fixture.given(issued(NOW), new TeamMemberSignedIn(MEMBER, NOW)).andGivenCurrentTime(NOW.plusSeconds(30))
                .when(new SignInTeamMember(MEMBER, PHONE, CODE)).expectNoEvents()
                .expectResultMessagePayload(VerificationOutcome.NO_CODE);
        fixture.given(issued(NOW)).andGivenCurrentTime(NOW.plusSeconds(30)).when(new SignInTeamMember(MEMBER, PHONE, "654321"))
                .expectEvents(new TeamCodeRefused(MEMBER, 1, false))
                .expectResultMessagePayload(VerificationOutcome.WRONG_CODE);
        fixture.given(issued(NOW)).andGivenCurrentTime(NOW.plus(Duration.ofMinutes(11))).when(new SignInTeamMember(MEMBER, PHONE, CODE))
                .expectNoEvents().expectResultMessagePayload(VerificationOutcome.EXPIRED);
    }

    @Test
    void fiftyWrongCodesADayLockThePhone() {
        List<Object> history = new ArrayList<>(List.of(issued(NOW)));
        for (int i = 1; i <= 50; i++) {
            history.add(new TeamCodeRefused(MEMBER, i, i == 50));
        }
        fixture.given(history).andGivenCurrentTime(NOW.plusSeconds(30)).when(new SignInTeamMember(MEMBER, PHONE, CODE))
                .expectNoEvents().expectResultMessagePayload(VerificationOutcome.LOCKED);
    }

    @Test
    void aPhoneThatIsNotTheMembersIsRefused() {
        fixture.givenNoPriorActivity().when(new RequestTeamCode(MEMBER, "+919800000000"))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void theCustomerOfTheSamePhoneIsAnotherDoor() {
        fixture.givenNoPriorActivity().when(new RequestTeamCode(NetworkIds.customerId(PHONE), PHONE))
                .expectException(InvalidCommandException.class);
    }
}
