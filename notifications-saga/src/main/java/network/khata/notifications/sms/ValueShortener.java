package network.khata.notifications.sms;

/** Shortens a value to a variable's limit (in characters as DLT counts them: code points) without losing what it names. */
final class ValueShortener {
    private ValueShortener() {
    }

    /**
     * A name: whole if it fits; else its first word with the initials of the others ("Ramesh K. S. Iyer" style, last
     * word whole when room allows); else the first word cut with a full stop.
     */
    static String name(String name, int limit) {
        String value = name.strip().replaceAll("\\s+", " ");
        if (length(value) <= limit) {
            return value;
        }
        String[] words = value.split(" ");
        if (words.length > 1) {
            StringBuilder initials = new StringBuilder(words[0]);
            for (int i = 1; i < words.length - 1; i++) {
                initials.append(' ').append(words[i].codePoints().limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
            }
            String withLast = initials + " " + words[words.length - 1];
            if (length(withLast) <= limit) {
                return withLast;
            }
            if (length(initials.toString()) <= limit) {
                return initials.toString();
            }
        }
        return cut(words[0], limit - 1) + ".";
    }

    /** An identifier (an invoice number): its end is what tells one from the next, so the start gives way. */
    static String identifier(String id, int limit) {
        if (length(id) <= limit) {
            return id;
        }
        int from = id.offsetByCodePoints(0, length(id) - (limit - 1));
        return "…" + id.substring(from);
    }

    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String cut(String value, int limit) {
        return length(value) <= limit ? value : value.substring(0, value.offsetByCodePoints(0, limit));
    }
}
