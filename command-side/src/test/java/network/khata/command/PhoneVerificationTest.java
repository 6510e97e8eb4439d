package network.khata.command;

import network.khata.api.identity.NetworkIds;
import network.khata.api.verification.OtpCodec;
import network.khata.api.verification.OtpIssued;
import network.khata.api.verification.OtpRequestOutcome;
import network.khata.api.verification.RequestPhoneVerification;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

class PhoneVerificationTest {
    private static final String PHONE = "+919876543210";
    private static final UUID CUSTOMER = NetworkIds.customerId(PHONE);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final OtpCodec codec = new OtpCodec("a-test-secret-that-is-long-enough-123456");
    private AggregateTestFixture<PhoneVerification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PhoneVerification.class);
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

    private OtpIssued issuedAt(Instant at) {
        return new OtpIssued(CUSTOMER, PHONE, "hash", "sealed", at.plus(Duration.ofMinutes(10)), at.plusSeconds(60));
    }
}
