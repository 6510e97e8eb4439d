package network.khata.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22: an expected refusal is one log line at most, never a stack trace (14 KB per failed sign-in before). */
@PostgresEngineApp
@ExtendWith(OutputCaptureExtension.class)
class QuietRefusalsHttpTest extends PortalApiTest {

    @Test
    void aSignInForAPhoneOutsideTheNetworkIsRefusedWithoutAStackTrace(CapturedOutput output) {
        int before = output.getAll().length();
        for (int i = 0; i < 3; i++) {
            Response refused = signIn(newPhone(), "123456", newAddress());
            assertThat(refused.status()).isEqualTo(401);
        }
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(logged.lines().count()).isLessThanOrEqualTo(3);
    }
}
