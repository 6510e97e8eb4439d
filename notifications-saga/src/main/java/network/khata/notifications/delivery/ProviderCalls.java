package network.khata.notifications.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import network.khata.api.messaging.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts every call to a provider ({@code khata.provider.calls}) by provider, channel and outcome: {@code sent},
 * {@code transient} (will be retried) or {@code permanent} (refused), so an operator sees a provider's outage or a
 * rejected template as it happens.
 */
@Component
public class ProviderCalls {
    private final MeterRegistry meters;
    private final String smsProvider;
    private final String emailProvider;

    @Autowired
    public ProviderCalls(MeterRegistry meters, @Value("${khata.sms.provider:local}") String smsProvider,
                         @Value("${khata.email.provider:local}") String emailProvider) {
        this.meters = meters;
        this.smsProvider = smsProvider;
        this.emailProvider = emailProvider;
    }

    /** Counting into a registry nobody reads: for tests that build the couriers by hand. */
    public static ProviderCalls uncounted() {
        return new ProviderCalls(new SimpleMeterRegistry(), "local", "local");
    }

    public void record(Channel channel, String outcome) {
        meters.counter("khata.provider.calls", "provider", channel == Channel.SMS ? smsProvider : emailProvider,
                "channel", channel.code(), "outcome", outcome).increment();
    }
}
