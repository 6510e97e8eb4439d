package network.khata.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Sliding-window limits on public portal requests, shared by every instance through PostgreSQL
 * ({@code portal_rate_events}). Keys are hashed: the table holds no phone numbers or addresses in the clear.
 */
@Component
public class PortalRateLimits {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PortalRateLimits(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** At most {@code count} events per {@code window} for one key. */
    public record Limit(String kind, String key, int count, Duration window) {
        String bucket() {
            return kind + ":" + hash(key);
        }
    }

    /**
     * Admits one event if every limit has room, and records it under each; otherwise records nothing.
     *
     * @return empty when admitted, else how long until the fullest limit has room again
     */
    @Transactional
    public Optional<Duration> admit(List<Limit> limits) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Limit limit : limits) {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", limit.bucket());
            Duration until = full(limit, now).orElse(Duration.ZERO);
            wait = until.compareTo(wait) > 0 ? until : wait;
        }
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        for (Limit limit : limits) {
            insert(limit.bucket(), now);
        }
        jdbc.update("DELETE FROM portal_rate_events WHERE happened_at < ?", Timestamp.from(now.minus(Duration.ofDays(1))));
        return Optional.empty();
    }

    /**
     * A growing wait: after {@code free.count()} events within its window under its key, each further one is admitted
     * only {@code first} × 2^(n − count) after the latest (30 s, 1 min, 2 min, … for wrong sign-ins). Records nothing.
     *
     * @return empty when the next event may happen now, else how long until it may
     */
    public Optional<Duration> backoff(Limit free, Duration first) {
        Instant now = clock.instant();
        List<Timestamp> recent = jdbc.queryForList("""
                SELECT happened_at FROM portal_rate_events WHERE bucket = ? AND happened_at > ? ORDER BY happened_at DESC""",
                Timestamp.class, free.bucket(), Timestamp.from(now.minus(free.window())));
        if (recent.size() < free.count()) {
            return Optional.empty();
        }
        Instant allowedAt = recent.get(0).toInstant().plus(first.multipliedBy(1L << Math.min(20, recent.size() - free.count())));
        return now.isBefore(allowedAt) ? Optional.of(Duration.between(now, allowedAt)) : Optional.empty();
    }

    /**
     * How long until the limit has room again, without recording anything (empty: it has room now). For limits on
     * failures, which are {@linkplain #record recorded} only when they happen (wrong operator credentials).
     */
    public Optional<Duration> full(Limit limit) {
        return full(limit, clock.instant());
    }

    /** Records one event under the limit's key (a failure, for {@link #full} or {@link #backoff}); kept a day. */
    public void record(Limit limit) {
        insert(limit.bucket(), clock.instant());
    }

    /**
     * Full when the window holds {@code count} events: then the oldest of the newest {@code count} says when it has room.
     * Only that one row is read (the index walks to it), not the window's rows, whatever the limit.
     */
    private Optional<Duration> full(Limit limit, Instant now) {
        if (limit.count() == 0) {
            return Optional.of(limit.window());
        }
        List<Timestamp> countth = jdbc.queryForList("""
                SELECT happened_at FROM portal_rate_events WHERE bucket = ? AND happened_at > ?
                ORDER BY happened_at DESC OFFSET ? LIMIT 1""", Timestamp.class, limit.bucket(),
                Timestamp.from(now.minus(limit.window())), limit.count() - 1);
        return countth.isEmpty() ? Optional.empty()
                : Optional.of(Duration.between(now, countth.get(0).toInstant().plus(limit.window())));
    }

    private void insert(String bucket, Instant at) {
        jdbc.update("INSERT INTO portal_rate_events (bucket, happened_at) VALUES (?, ?)", bucket, Timestamp.from(at));
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
