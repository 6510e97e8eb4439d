package network.khata.notifications;

import network.khata.api.verification.OtpCodec;
import network.khata.api.verification.OtpIssued;
import network.khata.notifications.sms.SmsMessage;
import network.khata.notifications.sms.SmsSender;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends each issued code by SMS. A tracking processor of its own: a provider failure makes the processor retry the
 * event (nothing is lost), a replay sends nothing again, and a code that has expired meanwhile is not sent at all.
 */
@Component
@ProcessingGroup(OtpSmsDelivery.GROUP)
public class OtpSmsDelivery {
    public static final String GROUP = "otp-delivery";
    private static final Logger log = LoggerFactory.getLogger(OtpSmsDelivery.class);

    private final OtpCodec codec;
    private final SmsSender sms;

    public OtpSmsDelivery(OtpCodec codec, SmsSender sms) {
        this.codec = codec;
        this.sms = sms;
    }

    @EventHandler
    @DisallowReplay
    void on(OtpIssued event) {
        if (GenericEventMessage.clock.instant().isAfter(event.expiresAt())) {
            log.info("not sending the code for customer {}: it expired at {}", event.customerId(), event.expiresAt());
            return;
        }
        String code = codec.unseal(event.sealedCode());
        sms.send(new SmsMessage(event.phone(),
                code + " is your Khata Network verification code. It is valid for 10 minutes. Do not share it.", "otp"));
    }
}
