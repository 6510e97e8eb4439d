package network.khata.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import jakarta.servlet.http.HttpServletRequest;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: Spring Security's authorization is the table of who may call what. Every rule's path admits its own caller
 * and no other, and nobody unless the rule is public; should an authenticator ever let the wrong caller through, the
 * authorization still refuses it.
 */
class CallerAuthorizationTest {
    private final AuthorizationManager<HttpServletRequest> table = CallerAuthorization.fromTable();

    @Test
    void everyRuleAdmitsItsOwnCallerOnly() {
        for (Callers.Rule rule : Callers.rules()) {
            String path = rule.exact() ? rule.path() : rule.path() + (rule.path().endsWith("/") ? "x" : "/x");
            boolean open = EnumSet.of(Callers.Caller.PUBLIC, Callers.Caller.PROVIDER).contains(rule.caller());
            assertThat(granted(nobody(), path)).as("nobody on %s", path).isEqualTo(open);
            for (Callers.Caller caller : Callers.Caller.values()) {
                boolean own = caller == Callers.of(path).caller();
                assertThat(granted(new CallerAuthentication(caller, caller.name()), path))
                        .as("%s on %s", caller, path).isEqualTo(open || own);
            }
        }
    }

    @Test
    void healthProbesAndPagesAreOpenTheRestOfTheOperationsSurfaceIsNot() {
        assertThat(granted(nobody(), "/actuator/health")).isTrue();
        assertThat(granted(nobody(), "/actuator/health/readiness")).isTrue();
        assertThat(granted(nobody(), "/actuator/prometheus")).isFalse();
        assertThat(granted(nobody(), "/portal/")).isTrue();
        assertThat(granted(nobody(), "/api/no-such-thing")).as("an /api path nobody named is an owner's").isFalse();
    }

    private boolean granted(Authentication caller, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        return table.check(() -> caller, request).isGranted();
    }

    private static Authentication nobody() {
        return new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }
}
