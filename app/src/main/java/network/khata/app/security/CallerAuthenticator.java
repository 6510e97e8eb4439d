package network.khata.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;

import java.io.IOException;

/**
 * Proves one kind of caller of {@link Callers} from what the request presents (a token, a session, Basic credentials):
 * {@link CallerFilter} asks the authenticator of the caller the path's rule names, and Spring Security's authorization
 * then admits the request by that caller's role. A refusal is written here, as problem+json with the reason the
 * caller needs (expired, closed, wrong business, throttled), because Spring Security's entry point knows only "not
 * authenticated".
 */
interface CallerAuthenticator {
    /** The caller of {@link Callers} this authenticator proves. */
    Callers.Caller caller();

    /** Who the request is from, or that a refusal was written, or (a health probe) that it goes on unnamed. */
    Verdict authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** The outcome: the caller proven, nobody (the request goes on to authorization), or a refusal already written. */
    record Verdict(Authentication caller, boolean refused) {
        static Verdict of(Authentication caller) {
            return new Verdict(caller, false);
        }

        static Verdict refusedAndWritten() {
            return new Verdict(null, true);
        }

        static Verdict nobody() {
            return new Verdict(null, false);
        }
    }
}
