package network.khata.notifications.planning;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import network.khata.api.businesses.BusinessRegistered;
import network.khata.api.businesses.ChannelOrder;
import network.khata.api.businesses.ChannelOrderChanged;
import network.khata.api.customers.CustomerRegistered;
import network.khata.api.customers.NotificationPreferencesChanged;
import network.khata.api.identity.NetworkIds;
import network.khata.api.invoices.InvoiceSendRequested;
import network.khata.api.payments.PayTokens;
import network.khata.api.payments.PaymentLinks;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.Fallback;
import network.khata.api.messaging.MessageTemplate;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.messaging.RequestNotification;
import network.khata.testsupport.TestPostgres;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import network.khata.testsupport.TestMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send's promise: every channel it answers as queued ends visibly. Over every channel order, customer preferences
 * (on or off, each set of channels), channels asked, reachable contacts (with or without an email) and the daily cap
 * (room or none), each asked channel's message is either recorded by the planner (to send, or suppressed with a reason)
 * or waits as an asked fallback behind a recorded message, which the delivery saga ends as sent in turn or suppressed
 * (MessageDeliverySagaTest). Before this, a WhatsApp asked for but not preferred was never recorded at all.
 */
class EveryAskedChannelEndsVisiblyTest {
    private static final List<List<Channel>> ORDERS = List.of(
            List.of(Channel.SMS, Channel.WHATSAPP, Channel.EMAIL), List.of(Channel.SMS, Channel.EMAIL, Channel.WHATSAPP),
            List.of(Channel.WHATSAPP, Channel.SMS, Channel.EMAIL), List.of(Channel.WHATSAPP, Channel.EMAIL, Channel.SMS),
            List.of(Channel.EMAIL, Channel.SMS, Channel.WHATSAPP), List.of(Channel.EMAIL, Channel.WHATSAPP, Channel.SMS));

    private static JdbcTemplate jdbc;
    private static final List<RequestNotification> requested = new ArrayList<>();
    private static NotificationPlanner withRoom;
    private static NotificationPlanner capped;

    @BeforeAll
    static void planners() {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(TestPostgres.jdbcUrl("every-channel-visible"), TestPostgres.user(), "", true);
        TestMigrations.migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RequestNotification.class.getName(), (CommandMessage<?> command) -> {
            requested.add((RequestNotification) command.getPayload());
            return null;
        });
        CommandGateway commands = DefaultCommandGateway.builder().commandBus(bus).build();
        PaymentLinks links = new PaymentLinks("https://khata.example", new PayTokens(List.of("a-pay-link-key-for-tests-only-0123456789")));
        ContactBook contacts = new ContactBook(jdbc);
        withRoom = new NotificationPlanner(contacts, new FrequencyCap(jdbc, 1_000_000), commands, links, new PayLinkCodes(jdbc), "https://khata.example", new SimpleMeterRegistry());
        capped = new NotificationPlanner(contacts, new FrequencyCap(jdbc, 0), commands, links, new PayLinkCodes(jdbc), "https://khata.example", new SimpleMeterRegistry());
    }

    @Test
    void everyChannelAskedForIsRecordedOrWaitsBehindARecordedMessage() {
        int combinations = 0;
        for (List<Channel> order : ORDERS) {
            UUID business = UUID.randomUUID();
            withRoom.on(new BusinessRegistered(business, "Fertilizer Shop", "Asia/Kolkata"));
            withRoom.on(new ChannelOrderChanged(business, order));
            for (boolean enabled : List.of(true, false)) {
                for (Set<Channel> preferred : subsets(true)) {
                    for (boolean hasEmail : List.of(true, false)) {
                        UUID customer = UUID.randomUUID();
                        UUID party = NetworkIds.partyId(business, customer);
                        withRoom.on(new CustomerRegistered(party, business, customer, "Ramesh Kumar", "+919876543210",
                                hasEmail ? "ramesh@example.com" : null, null, false));
                        withRoom.on(new NotificationPreferencesChanged(customer, enabled,
                                preferred, "hi"));
                        for (Set<Channel> asked : subsets(false)) {
                            for (NotificationPlanner planner : List.of(withRoom, capped)) {
                                String combination = "order " + order + ", notifications " + (enabled ? "on" : "off")
                                        + ", preferred " + (preferred.isEmpty() ? "all" : preferred) + ", email "
                                        + (hasEmail ? "known" : "unknown") + ", asked " + asked + (planner == capped ? ", capped" : "");
                                assertEveryAskedChannelEndsVisibly(planner, business, customer, party, asked, combination);
                                combinations++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(combinations).isEqualTo(6 * 2 * 8 * 2 * 7 * 2);
    }

    private static void assertEveryAskedChannelEndsVisibly(NotificationPlanner planner, UUID business, UUID customer,
                                                           UUID party, Set<Channel> asked, String combination) {
        requested.clear();
        UUID notification = UUID.randomUUID();
        UUID invoice = UUID.randomUUID();
        planner.on(new InvoiceSendRequested(invoice, business, notification, customer, party, "INV-2026-001",
                new BigDecimal("1500.00"), new BigDecimal("1500.00"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15),
                asked, MessageTemplate.DEFAULT, null, true, true), Instant.now());

        Set<UUID> visible = new HashSet<>();
        for (RequestNotification request : requested) {
            visible.add(request.messageId());
            NotificationRequested event = new NotificationRequested(request.messageId(), request.notificationId(),
                    request.businessId(), request.customerId(), request.invoiceId(), request.type(), request.channel(),
                    request.content(), request.fallbackTo(), request.suppressReason(), request.fallbacks());
            event.askedFallbacks().stream().map(Fallback::messageId).forEach(visible::add);
            if (request.suppressReason() != null) {
                assertThat(request.suppressReason()).as(combination).isNotBlank();
            }
        }
        for (Channel channel : asked) {
            assertThat(visible).as(combination + ": " + channel.code() + " ends visibly")
                    .contains(channel.messageIdOf(notification));
        }
    }

    /** Every set of channels: with the empty one (preferences: every channel) or without it (a send asks for one at least). */
    private static List<Set<Channel>> subsets(boolean withEmpty) {
        List<Set<Channel>> subsets = new ArrayList<>();
        Channel[] channels = Channel.values();
        for (int mask = withEmpty ? 0 : 1; mask < 1 << channels.length; mask++) {
            Set<Channel> subset = EnumSet.noneOf(Channel.class);
            for (int i = 0; i < channels.length; i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(channels[i]);
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }
}
