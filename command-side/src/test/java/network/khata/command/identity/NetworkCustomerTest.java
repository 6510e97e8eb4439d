package network.khata.command.identity;

import network.khata.api.customers.NotificationPreferencesChanged;
import network.khata.api.customers.UpdateNotificationPreferences;
import network.khata.api.identity.NetworkIds;
import network.khata.api.messaging.Channel;
import network.khata.api.identity.CustomerSignedIn;
import network.khata.api.identity.OtpAttemptFailed;
import network.khata.api.identity.PhoneVerified;
import network.khata.api.identity.VerificationOutcome;
import network.khata.api.identity.VerifyPhone;
import network.khata.api.identity.OtpCodec;
import network.khata.api.identity.OtpIssued;
import network.khata.api.identity.OtpRequestOutcome;
import network.khata.api.identity.RequestPhoneVerification;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import network.khata.command.InvalidCommandException;

class NetworkCustomerTest {
    private static final String PHONE = "+919876543210";
    private static final UUID CUSTOMER = NetworkIds.customerId(PHONE);
    private static final String CODE = "123456";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final OtpCodec codec = new OtpCodec("a-test-secret-that-is-long-enough-123456");
    private AggregateTestFixture<NetworkCustomer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NetworkCustomer.class);
        fixture.registerInjectableResource(codec);
    }

    @Test
    void aFirstRequestIssuesACodeStoredOnlyHashedAndSealedThatExpiresAfterTenMinutes() {
        fixture.givenCurrentTime(NOW)
                .when(new RequestPhoneVerification(CUSTOMER, PHONE))
                .expectResultMessagePayload(new OtpRequestOutcome(true, 60, false))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(new IssuedCodeMatcher(), andNoMore())));
    }

    /** The sealed code opens to six digits whose keyed hash is the one stored, and neither holds the code itself. */
    private class IssuedCodeMatcher extends TypeSafeMatcher<OtpIssued> {
        @Override
        protected boolean matchesSafely(OtpIssued issued) {
            String code = codec.unseal(issued.sealedCode());
            return code.matches("\\d{6}")
                    && !issued.codeHash().contains(code)
                    && !issued.sealedCode().contains(code)
                    && codec.matches(CUSTOMER, code, issued.codeHash())
                    && issued.phone().equals(PHONE)
                    && issued.expiresAt().equals(NOW.plus(Duration.ofMinutes(10)))
                    && issued.resendAfter().equals(NOW.plusSeconds(60));
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("an OtpIssued whose sealed code matches its hash, valid ten minutes from now");
        }
    }

    @Test
    void anotherRequestWithinSixtySecondsSendsNothingAndSaysHowLongToWait() {
        fixture.given(issuedAt(NOW))
                .andGivenCurrentTime(NOW.plusSeconds(20))
                .when(new RequestPhoneVerification(CUSTOMER, PHONE))
                .expectNoEvents()
                .expectResultMessagePayload(new OtpRequestOutcome(false, 40, false));
    }

    @Test
    void afterSixtySecondsANewCodeIsIssued() {
        fixture.given(issuedAt(NOW))
                .andGivenCurrentTime(NOW.plusSeconds(60))
                .when(new RequestPhoneVerification(CUSTOMER, PHONE))
                .expectResultMessagePayload(new OtpRequestOutcome(true, 60, false));
    }

    @Test
    void aPhoneThatDoesNotBelongToTheCustomerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestPhoneVerification(CUSTOMER, "+919876543211"))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void aVerifiedPhoneGetsNoCodeForVerificationButDoesForSignIn() {
        fixture.given(issuedAt(NOW), verifiedAt(NOW), new CustomerSignedIn(CUSTOMER, NOW))
                .andGivenCurrentTime(NOW.plusSeconds(120))
                .when(new RequestPhoneVerification(CUSTOMER, PHONE))
                .expectNoEvents()
                .expectResultMessagePayload(new OtpRequestOutcome(false, 0, true));
        fixture.given(issuedAt(NOW), verifiedAt(NOW), new CustomerSignedIn(CUSTOMER, NOW))
                .andGivenCurrentTime(NOW.plusSeconds(120))
                .when(new RequestPhoneVerification(CUSTOMER, PHONE, true))
                .expectResultMessagePayload(new OtpRequestOutcome(true, 60, false));
    }

    @Test
    void theRightCodeVerifiesThePhoneTheFirstTimeAndSignsIn() {
        fixture.given(issuedAt(NOW))
                .andGivenCurrentTime(NOW.plusSeconds(30))
                .when(new VerifyPhone(CUSTOMER, PHONE, CODE))
                .expectResultMessagePayload(VerificationOutcome.VERIFIED)
                .expectEvents(new PhoneVerified(CUSTOMER, PHONE, NOW.plusSeconds(30)), new CustomerSignedIn(CUSTOMER, NOW.plusSeconds(30)));
    }

    @Test
    void aLaterSignInDoesNotVerifyAgain() {
        fixture.given(issuedAt(NOW), verifiedAt(NOW), new CustomerSignedIn(CUSTOMER, NOW), issuedAt(NOW.plusSeconds(3600)))
                .andGivenCurrentTime(NOW.plusSeconds(3601))
                .when(new VerifyPhone(CUSTOMER, PHONE, CODE))
                .expectResultMessagePayload(VerificationOutcome.VERIFIED)
                .expectEvents(new CustomerSignedIn(CUSTOMER, NOW.plusSeconds(3601)));
    }

    @Test
    void aCodeIsSingleUse() {
        fixture.given(issuedAt(NOW), verifiedAt(NOW), new CustomerSignedIn(CUSTOMER, NOW))
                .andGivenCurrentTime(NOW.plusSeconds(10))
                .when(new VerifyPhone(CUSTOMER, PHONE, CODE))
                .expectResultMessagePayload(VerificationOutcome.NO_CODE)
                .expectNoEvents();
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        fixture.given(issuedAt(NOW))
                .andGivenCurrentTime(NOW.plus(Duration.ofMinutes(10)))
                .when(new VerifyPhone(CUSTOMER, PHONE, CODE))
                .expectResultMessagePayload(VerificationOutcome.EXPIRED)
                .expectNoEvents();
    }

    @Test
    void aWrongCodeIsRecordedEvenThoughItIsRefused() {
        fixture.given(issuedAt(NOW))
                .andGivenCurrentTime(NOW.plusSeconds(5))
                .when(new VerifyPhone(CUSTOMER, PHONE, "000000"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(VerificationOutcome.WRONG_CODE)
                .expectEvents(new OtpAttemptFailed(CUSTOMER, 1, false));
    }

    /** Issue 22: five wrong codes used to kill the code, so any stranger could lock a customer out for its ten minutes. */
    @Test
    void aStrangersWrongCodesDoNotKillTheCodeTheCustomerHolds() {
        fixture.givenCurrentTime(NOW)
                .andGiven(issuedAt(NOW), failed(1), failed(2), failed(3), failed(4), failed(5), failed(6))
                .andGivenCurrentTime(NOW.plusSeconds(30))
                .when(new VerifyPhone(CUSTOMER, PHONE, CODE))
                .expectResultMessagePayload(VerificationOutcome.VERIFIED);
    }

    @Test
    void aNewCodeStartsTheWrongCodeCountAfresh() {
        fixture.given(issuedAt(NOW), failed(1), failed(2), failed(3), failed(4), new OtpAttemptFailed(CUSTOMER, 5, true),
                        issuedAt(NOW.plusSeconds(90)))
                .andGivenCurrentTime(NOW.plusSeconds(95))
                .when(new VerifyPhone(CUSTOMER, PHONE, CODE))
                .expectResultMessagePayload(VerificationOutcome.VERIFIED);
    }

    @Test
    void verifyingAnotherPersonsPhoneIsRefused() {
        fixture.given(issuedAt(NOW))
                .when(new VerifyPhone(CUSTOMER, "+919876543211", CODE))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void preferencesChangeOnlyWhenTheyDiffer() {
        fixture.given(issuedAt(NOW))
                .when(new UpdateNotificationPreferences(CUSTOMER, true, Set.of(Channel.EMAIL), "en"))
                .expectResultMessagePayload(true)
                .expectEvents(new NotificationPreferencesChanged(CUSTOMER, true, Set.of(Channel.EMAIL), "en"));
        fixture.given(issuedAt(NOW), new NotificationPreferencesChanged(CUSTOMER, true, Set.of(Channel.EMAIL), "en"))
                .when(new UpdateNotificationPreferences(CUSTOMER, true, Set.of(Channel.EMAIL), "en"))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void preferencesNeedAChannelAndAKnownLanguage() {
        fixture.given(issuedAt(NOW))
                .when(new UpdateNotificationPreferences(CUSTOMER, true, Set.of(), "en"))
                .expectException(InvalidCommandException.class);
        fixture.given(issuedAt(NOW))
                .when(new UpdateNotificationPreferences(CUSTOMER, true, Set.of(Channel.SMS), "fr"))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void fiveCodesAnHourOnOnePathThenNoneUntilTheOldestIsAnHourOld() {
        Object[] five = {issuedAt(NOW), issuedAt(NOW.plusSeconds(61)), issuedAt(NOW.plusSeconds(122)),
                issuedAt(NOW.plusSeconds(183)), issuedAt(NOW.plusSeconds(244))};
        fixture.given(five)
                .andGivenCurrentTime(NOW.plusSeconds(305))
                .when(new RequestPhoneVerification(CUSTOMER, PHONE))
                .expectNoEvents()
                .expectResultMessagePayload(new OtpRequestOutcome(false, 3600 - 305, false, true));
        fixture.given(five)
                .andGivenCurrentTime(NOW.plusSeconds(3601))
                .when(new RequestPhoneVerification(CUSTOMER, PHONE))
                .expectResultMessagePayload(new OtpRequestOutcome(true, 60, false));
    }

    /** The phone's own bound, whoever guesses: 50 wrong codes a day, then none is accepted until the oldest is a day old. */
    @Test
    void fiftyWrongCodesADayFromEveryoneCloseThePhoneUntilTheOldestIsADayOld() {
        List<Object> history = new ArrayList<>();
        history.add(issuedAt(NOW));
        for (int wrong = 1; wrong <= 50; wrong++) {
            history.add(new OtpAttemptFailed(CUSTOMER, wrong, wrong == 50));
        }
        fixture.givenCurrentTime(NOW).andGiven(history)
                .andGivenCurrentTime(NOW.plusSeconds(60))
                .when(new VerifyPhone(CUSTOMER, PHONE, CODE))
                .expectResultMessagePayload(VerificationOutcome.LOCKED)
                .expectNoEvents();
        history.add(issuedAt(NOW.plus(Duration.ofDays(1)).plusSeconds(60)));   // a day on, a fresh code
        fixture.givenCurrentTime(NOW).andGiven(history)
                .andGivenCurrentTime(NOW.plus(Duration.ofDays(1)).plusSeconds(90))
                .when(new VerifyPhone(CUSTOMER, PHONE, CODE))
                .expectResultMessagePayload(VerificationOutcome.VERIFIED);
    }

    /** Issue 22: one business's welcome code is its own; another business registering the phone a moment later learns nothing of it. */
    @Test
    void eachBusinessesWelcomeCodeIsItsOwn() {
        fixture.givenCurrentTime(NOW).andGiven(issuedAt(NOW))   // a code another business sent (its id in the metadata)
                .andGivenCurrentTime(NOW.plusSeconds(10))
                .when(new RequestPhoneVerification(CUSTOMER, PHONE), java.util.Map.of("businessId", UUID.randomUUID().toString()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new OtpRequestOutcome(true, 60, false));
    }

    /** Issue 22: a stranger who spends the portal's codes takes nothing from the code the business sent. */
    @Test
    void thePortalsCodesDoNotReplaceOrSpendTheOwnersCode() {
        List<Object> history = new ArrayList<>();
        history.add(issuedAt(NOW));   // the welcome code, sent by the owner's auto-register
        for (int i = 0; i < 5; i++) {
            Instant at = NOW.plusSeconds(61L * (i + 1));
            history.add(new OtpIssued(CUSTOMER, PHONE, codec.hash(CUSTOMER, "99999" + i), codec.seal("99999" + i),
                    at.plus(Duration.ofMinutes(10)), at.plusSeconds(60), true));
        }
        fixture.givenCurrentTime(NOW).andGiven(history)
                .andGivenCurrentTime(NOW.plusSeconds(400))
                .when(new RequestPhoneVerification(CUSTOMER, PHONE, true))
                .expectNoEvents()
                .expectResultMessagePayload(new OtpRequestOutcome(false, 3600 - 339, false, true));
        fixture.givenCurrentTime(NOW).andGiven(history)
                .andGivenCurrentTime(NOW.plusSeconds(400))
                .when(new VerifyPhone(CUSTOMER, PHONE, CODE))
                .expectResultMessagePayload(VerificationOutcome.VERIFIED);
    }

    private OtpIssued issuedAt(Instant at) {
        return new OtpIssued(CUSTOMER, PHONE, codec.hash(CUSTOMER, CODE), codec.seal(CODE), at.plus(Duration.ofMinutes(10)), at.plusSeconds(60));
    }

    private static PhoneVerified verifiedAt(Instant at) {
        return new PhoneVerified(CUSTOMER, PHONE, at);
    }

    private static OtpAttemptFailed failed(int attempt) {
        return new OtpAttemptFailed(CUSTOMER, attempt, false);
    }
}
