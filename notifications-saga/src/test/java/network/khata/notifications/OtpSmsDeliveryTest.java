package network.khata.notifications;

import network.khata.api.verification.OtpCodec;
import network.khata.api.verification.OtpIssued;
import network.khata.notifications.sms.LocalSmsOutbox;
import network.khata.notifications.sms.SmsMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OtpSmsDeliveryTest {
    private static final String PHONE = "+919876543210";
    private final OtpCodec codec = new OtpCodec("a-test-secret-that-is-long-enough-123456");
    private final LocalSmsOutbox outbox = new LocalSmsOutbox();
    private final OtpSmsDelivery delivery = new OtpSmsDelivery(codec, outbox);

    @Test
    void aLiveCodeIsSentInTheClearOnlyInTheSms() {
        delivery.on(new OtpIssued(UUID.randomUUID(), PHONE, "hash", codec.seal("123456"),
                Instant.now().plusSeconds(600), Instant.now().plusSeconds(60)));
        assertThat(outbox.lastTo(PHONE)).map(SmsMessage::text).hasValueSatisfying(text -> assertThat(text).startsWith("123456 "));
    }

    @Test
    void anExpiredCodeIsNotSent() {
        delivery.on(new OtpIssued(UUID.randomUUID(), PHONE, "hash", codec.seal("123456"),
                Instant.now().minusSeconds(1), Instant.now().minusSeconds(540)));
        assertThat(outbox.sentTo(PHONE)).isEmpty();
    }
}
