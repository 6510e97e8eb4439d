package network.khata.notifications.planning;

import network.khata.api.businesses.ChannelOrder;
import network.khata.api.messaging.Channel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static network.khata.api.messaging.Channel.EMAIL;
import static network.khata.api.messaging.Channel.SMS;
import static network.khata.api.messaging.Channel.WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;

class ChannelPlanTest {
    private static final List<Channel> WHATSAPP_FIRST = List.of(WHATSAPP, SMS, EMAIL);

    @Test
    void theFirstPhoneChannelInTheOrderGoesAndTheOtherWaitsBehindIt() {
        assertThat(ChannelPlan.of(Set.of(WHATSAPP, SMS, EMAIL), WHATSAPP_FIRST, channel -> true)).containsExactly(
                new ChannelPlan.Step(EMAIL, List.of()), new ChannelPlan.Step(WHATSAPP, List.of(SMS)));
        assertThat(ChannelPlan.of(Set.of(WHATSAPP, SMS, EMAIL), ChannelOrder.DEFAULT, channel -> true)).containsExactly(
                new ChannelPlan.Step(SMS, List.of(WHATSAPP)), new ChannelPlan.Step(EMAIL, List.of()));
    }

    @Test
    void emailNotAskedForIsTheLastFallbackAsBefore() {
        assertThat(ChannelPlan.of(Set.of(SMS), ChannelOrder.DEFAULT, channel -> true))
                .containsExactly(new ChannelPlan.Step(SMS, List.of(EMAIL)));
        assertThat(ChannelPlan.of(Set.of(WHATSAPP, SMS), WHATSAPP_FIRST, channel -> true))
                .containsExactly(new ChannelPlan.Step(WHATSAPP, List.of(SMS, EMAIL)));
        assertThat(ChannelPlan.of(Set.of(SMS, EMAIL), ChannelOrder.DEFAULT, channel -> true)).containsExactly(
                new ChannelPlan.Step(SMS, List.of()), new ChannelPlan.Step(EMAIL, List.of()));
    }

    @Test
    void aChannelThatCannotReachTheCustomerIsPassedOver() {
        assertThat(ChannelPlan.of(Set.of(WHATSAPP, SMS), WHATSAPP_FIRST, channel -> channel != WHATSAPP && channel != EMAIL))
                .containsExactly(new ChannelPlan.Step(SMS, List.of()));
        assertThat(ChannelPlan.of(Set.of(WHATSAPP), WHATSAPP_FIRST, channel -> false))
                .containsExactly(new ChannelPlan.Step(WHATSAPP, List.of()));
    }
}
