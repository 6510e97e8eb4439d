package network.khata.app;

import network.khata.testsupport.SuppliedClock;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test sets: the service reads the time from it as from the real one. */
final class MovableClock extends SuppliedClock {
    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
        this(new AtomicReference<>(start));
    }

    private MovableClock(AtomicReference<Instant> now) {
        super(now::get);
        this.now = now;
    }

    void set(Instant at) {
        now.set(at);
    }
}
