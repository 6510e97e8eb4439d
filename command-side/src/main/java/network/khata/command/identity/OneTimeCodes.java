package network.khata.command.identity;

import network.khata.api.identity.OtpRequestOutcome;
import network.khata.api.identity.VerificationOutcome;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one-time codes of one phone, kept by the aggregate that owns the phone (a network customer, a team member):
 * which codes are live and whose they are, how many went out in the last hour on each path, and how many wrong ones
 * were tried in the last day. The rules are {@link OtpRules}; the aggregate decides and applies its own events, this
 * class keeps the state and answers the questions, so both kinds of phone follow one set of rules.
 */
public final class OneTimeCodes {
    public static final Duration BUDGET_WINDOW = Duration.ofHours(1);
    public static final Duration WRONG_WINDOW = Duration.ofDays(1);

    /** The live code of each asker: a code asked for by one never replaces another's. */
    private final Map<String, LiveCode> live = new HashMap<>();
    /** The codes issued in the last hour or so, oldest first, with their path. */
    private final Deque<IssuedCode> recent = new ArrayDeque<>();
    /** When wrong codes were tried, in the last day, oldest first. */
    private final Deque<Instant> wrong = new ArrayDeque<>();

    private record LiveCode(String hash, Instant expiresAt, Instant resendAfter) {
    }

    private record IssuedCode(Instant issuedAt, String path) {
    }

    /** What a check of an entered code found; {@code wrongToday} counts the wrong codes of the last day before it. */
    public record Check(VerificationOutcome outcome, int wrongToday) {
        public boolean locksNow() {
            return wrongToday + 1 >= OtpRules.WRONG_CODES_PER_DAY;
        }
    }

    /**
     * Why no code may go to {@code asker} on {@code path} now, or empty when one may: the asker's code from less than a
     * minute ago is still on its way, or the path has had its codes for the hour.
     */
    public Optional<OtpRequestOutcome> refusal(String asker, String path, Instant now) {
        LiveCode code = live.get(asker);
        if (code != null && now.isBefore(code.resendAfter())) {
            return Optional.of(new OtpRequestOutcome(false, secondsUntil(now, code.resendAfter()), false));
        }
        List<IssuedCode> lastHour = recent.stream()
                .filter(issued -> issued.path().equals(path) && issued.issuedAt().isAfter(now.minus(BUDGET_WINDOW))).toList();
        if (lastHour.size() >= OtpRules.CODES_PER_HOUR) {
            Instant budgetBack = lastHour.get(0).issuedAt().plus(BUDGET_WINDOW);
            return Optional.of(new OtpRequestOutcome(false, secondsUntil(now, budgetBack), false, true));
        }
        return Optional.empty();
    }

    /** Checks an entered code against every live code; a wrong one is for the aggregate to record ({@link #wrongAt}). */
    public Check check(String entered, Instant now, Predicate<String> matchesHash) {
        if (live.isEmpty()) {
            return new Check(VerificationOutcome.NO_CODE, 0);
        }
        int wrongToday = (int) wrong.stream().filter(at -> at.isAfter(now.minus(WRONG_WINDOW))).count();
        if (wrongToday >= OtpRules.WRONG_CODES_PER_DAY) {
            return new Check(VerificationOutcome.LOCKED, wrongToday);
        }
        List<LiveCode> alive = live.values().stream().filter(code -> now.isBefore(code.expiresAt())).toList();
        if (alive.isEmpty()) {
            return new Check(VerificationOutcome.EXPIRED, wrongToday);
        }
        boolean right = entered != null && alive.stream().anyMatch(code -> matchesHash.test(code.hash()));
        return new Check(right ? VerificationOutcome.VERIFIED : VerificationOutcome.WRONG_CODE, wrongToday);
    }

    public void issued(String asker, String path, String hash, Instant expiresAt, Instant resendAfter) {
        live.put(asker, new LiveCode(hash, expiresAt, resendAfter));
        Instant issuedAt = expiresAt.minus(OtpRules.CODE_LIFETIME);
        while (!recent.isEmpty() && !recent.peekFirst().issuedAt().isAfter(issuedAt.minus(BUDGET_WINDOW))) {
            recent.removeFirst();
        }
        recent.addLast(new IssuedCode(issuedAt, path));
    }

    public void wrongAt(Instant at) {
        while (!wrong.isEmpty() && wrong.peekFirst().isBefore(at.minus(WRONG_WINDOW))) {
            wrong.removeFirst();
        }
        wrong.addLast(at);
    }

    /** A right code was entered: every live code is used up. */
    public void usedUp() {
        live.clear();
    }

    private static long secondsUntil(Instant now, Instant then) {
        return (Duration.between(now, then).toMillis() + 999) / 1000;
    }
}
