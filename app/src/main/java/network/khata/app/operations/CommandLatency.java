package network.khata.app.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code khata.commands}: how long each command took on the command bus, by command type and outcome ({@code ok} or
 * {@code error}), whoever sent it. A timer is looked up once per type and outcome, not built on every command.
 */
final class CommandLatency implements MessageMonitor<Message<?>> {
    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    CommandLatency(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> command) {
        long started = System.nanoTime();
        String type = command.getPayloadType().getSimpleName();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                record(type, "ok", started);
            }

            @Override
            public void reportFailure(Throwable cause) {
                record(type, "error", started);
            }

            @Override
            public void reportIgnored() {
                record(type, "ok", started);
            }
        };
    }

    private void record(String type, String outcome, long started) {
        timers.computeIfAbsent(type + ' ' + outcome, key -> meters.timer("khata.commands", "command", type, "outcome", outcome))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
