package network.khata.app.config;

import network.khata.api.identity.OtpCodec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keys from configuration; production sets them from the environment (KHATA_OTP_SECRET, KHATA_JWT_SECRET). */
@Configuration
public class SecretsConfiguration {

    @Bean
    OtpCodec otpCodec(@Value("${khata.otp.secret}") String secret) {
        return new OtpCodec(secret);
    }
}
