package network.khata.query.paging;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where the next page of a list starts: the sort value and the id of the last row given (keyset paging, so a page
 * costs the same deep in a list as at its start, and rows written meanwhile neither repeat nor vanish). Opaque to
 * callers: base64url of {@code value|id}; one that does not decode is bad input.
 */
public record Cursor(String value, UUID id) {
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((value + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a caller sent back, or none; one this service did not give is refused (400). */
    public static Cursor decode(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            List<String> parts = List.of(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1));
            if (parts.size() == 2) {
                return new Cursor(parts.get(0), UUID.fromString(parts.get(1)));
            }
        } catch (IllegalArgumentException notACursor) {
            // answered below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "cursor: not one this service gave; start without it");
    }
}
