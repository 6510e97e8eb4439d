package network.khata.query.paging;

import java.util.List;
import java.util.function.Function;

/** A page cut from rows read one past the limit: the extra row says there is a next page, which starts after the last shown. */
public record Page<T>(List<T> rows, String nextCursor) {
    public static <T> Page<T> of(List<T> read, int limit, Function<T, Cursor> cursorAfter) {
        if (read.size() <= limit) {
            return new Page<>(read, null);
        }
        List<T> shown = read.subList(0, limit);
        return new Page<>(shown, cursorAfter.apply(shown.get(limit - 1)).encode());
    }
}
