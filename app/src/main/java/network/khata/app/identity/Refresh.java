package network.khata.app.identity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.lang.Nullable;

/** The refresh token in the body (apps), or none: the browser's HttpOnly cookie carries it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Refresh(@Nullable String refreshToken) {
    /** The token of the body, else of the cookie; null when neither has one. */
    public static String of(Refresh body, String cookie) {
        return body != null && body.refreshToken() != null ? body.refreshToken() : cookie;
    }
}
