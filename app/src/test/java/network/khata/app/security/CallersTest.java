package network.khata.app.security;

import org.junit.jupiter.api.Test;

import static network.khata.app.security.Callers.Caller.CUSTOMER;
import static network.khata.app.security.Callers.Caller.OPERATOR;
import static network.khata.app.security.Callers.Caller.OWNER;
import static network.khata.app.security.Callers.Caller.PROVIDER;
import static network.khata.app.security.Callers.Caller.PUBLIC;
import static network.khata.app.security.Callers.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 23: the one table of who may call what decides each path as the five filters' own path lists did. */
class CallersTest {

    @Test
    void eachPathTakesTheCredentialOfItsCaller() {
        assertThat(Callers.of("/api/customer-portal/otp").caller()).isEqualTo(PUBLIC);
        assertThat(Callers.of("/api/customer-portal/otp/again").caller()).as("public exactly, not what it begins").isEqualTo(CUSTOMER);
        assertThat(Callers.of("/api/customer-portal/dashboard").caller()).isEqualTo(CUSTOMER);
        assertThat(Callers.of("/api/customer-portal").caller()).as("without its slash, an owner's like any /api path").isEqualTo(OWNER);
        assertThat(Callers.of("/api/internal/businesses").caller()).isEqualTo(SERVICE);
        assertThat(Callers.of("/api/webhooks/msg91").caller()).isEqualTo(PROVIDER);
        assertThat(Callers.of("/api/team/sign-in").caller()).isEqualTo(PUBLIC);
        assertThat(Callers.of("/api/team/members").caller()).isEqualTo(OWNER);
        assertThat(Callers.of("/api/no-such-thing").caller()).as("401 before 404").isEqualTo(OWNER);
        assertThat(Callers.of("/admin/processors").caller()).isEqualTo(OPERATOR);
        assertThat(Callers.of("/actuator").caller()).isEqualTo(OPERATOR);
        assertThat(Callers.of("/actuator/health").caller()).isEqualTo(OPERATOR);
        assertThat(Callers.of("/admin").caller()).isEqualTo(PUBLIC);
        assertThat(Callers.of("/portal/").caller()).isEqualTo(PUBLIC);
        assertThat(Callers.of("/pay/i/token").caller()).isEqualTo(PUBLIC);
    }
}
