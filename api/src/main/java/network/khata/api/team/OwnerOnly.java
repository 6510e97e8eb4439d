package network.khata.api.team;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An owner endpoint staff may not call: settings, the money summary, analytics, the audit trail and the team. Put on
 * the handler method or its controller; the app refuses staff with 403 {@code owner-only} before the
 * request is read, and the API document says so on the operation.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnerOnly {
}
