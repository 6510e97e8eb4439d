package network.khata.projections.analytics;

import network.khata.api.businesses.BusinessRegistered;
import network.khata.api.customers.CustomerRegistered;
import network.khata.api.invoices.InvoiceCreated;
import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.invoices.PaymentRecorded;
import network.khata.api.messaging.Channel;
import network.khata.api.messaging.NotificationRequested;
import network.khata.api.messaging.NotificationSent;
import network.khata.api.messaging.NotificationStatus;
import network.khata.api.messaging.NotificationStatusReported;
import network.khata.api.messaging.NotificationType;
import network.khata.api.identity.CustomerSignedIn;
import network.khata.api.identity.PhoneVerified;
import network.khata.testsupport.TestPostgres;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import network.khata.testsupport.TestMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month of one business's network (November 2026, Asia/Kolkata), through the projection as the tracking processor
 * would deliver it, with the day-closing rollup run as the schedule would. Each metric is checked against a value
 * worked out by hand (in the comments), and a replay from scratch must give exactly the same rows.
 */
class NetworkAnalyticsMonthTest {
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static JdbcTemplate jdbc;
    private static EngagementMetrics metrics;
    private static AnnotationEventHandlerAdapter projection;
    private static AnalyticsRollup rollup;

    private final UUID shop = UUID.randomUUID();
    private final UUID otherShop = UUID.randomUUID();
    private final UUID c1 = UUID.randomUUID(), c2 = UUID.randomUUID(), c3 = UUID.randomUUID(), c4 = UUID.randomUUID(),
            c5 = UUID.randomUUID();
    private final UUID i1 = UUID.randomUUID(), i2 = UUID.randomUUID(), i3 = UUID.randomUUID(), i4 = UUID.randomUUID(),
            i5 = UUID.randomUUID();
    private final UUID m1 = UUID.randomUUID(), m2 = UUID.randomUUID(), m3 = UUID.randomUUID();

    @BeforeAll
    static void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.jdbcUrl("analytics"), TestPostgres.user(), "");
        TestMigrations.migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        metrics = new EngagementMetrics(jdbc);
        projection = new AnnotationEventHandlerAdapter(new NetworkAnalyticsProjection(jdbc,
                new AnalyticsRewrites(jdbc, metrics, new TransactionTemplate(new DataSourceTransactionManager(dataSource)))));
        rollup = new AnalyticsRollup(metrics, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /** The month, in the order it happened. Times are Indian Standard Time. */
    private List<EventMessage<?>> november() {
        List<EventMessage<?>> events = new ArrayList<>();
        at(events, "11-01T09:00", new BusinessRegistered(shop, "Fertilizer Shop", "Asia/Kolkata"));
        at(events, "11-01T09:30", new BusinessRegistered(otherShop, "Book Shop", "Asia/Kolkata"));
        at(events, "11-01T10:00", registered(c1, shop));
        at(events, "11-01T10:05", new PhoneVerified(c1, "+91", instant("11-01T10:05")));
        at(events, "11-01T10:05", new CustomerSignedIn(c1, instant("11-01T10:05")));
        at(events, "11-01T11:00", registered(c2, shop));
        at(events, "11-02T10:00", invoice(i1, c1, "1000", "11-02"));
        at(events, "11-02T10:01", message(m1, i1, Channel.SMS));
        at(events, "11-02T10:01", message(m2, i1, Channel.EMAIL));
        at(events, "11-02T10:01", new NotificationSent(m1, "p1", 1));
        at(events, "11-02T10:01", new NotificationSent(m2, "p2", 1));
        at(events, "11-02T10:02", new NotificationStatusReported(m1, NotificationStatus.DELIVERED, null));
        at(events, "11-02T11:00", invoice(i2, c1, "500", "11-01"));
        at(events, "11-03T01:00", registered(c3, shop));       // 2 Nov 19:30 UTC: a 3 Nov customer in India
        at(events, "11-03T08:00", new NotificationStatusReported(m2, NotificationStatus.OPENED, null));
        at(events, "11-03T09:00", new PhoneVerified(c2, "+91", instant("11-03T09:00")));
        at(events, "11-03T09:00", new CustomerSignedIn(c2, instant("11-03T09:00")));
        at(events, "11-04T08:00", registered(c5, otherShop));
        at(events, "11-04T08:05", new PhoneVerified(c5, "+91", instant("11-04T08:05")));
        at(events, "11-04T10:00", invoice(i3, c2, "2000", "11-04"));
        at(events, "11-04T10:01", message(m3, i3, Channel.SMS));
        at(events, "11-04T10:01", new NotificationSent(m3, "p3", 1));
        at(events, "11-05T10:00", registered(c4, shop));
        at(events, "11-05T10:00", registered(c5, shop));       // already verified through the other shop
        at(events, "11-05T12:00", invoice(i4, c3, "300", "11-05"));
        at(events, "11-05T15:00", payment(i3, c2, "p-i3-1", "500", "11-05", "500", InvoiceStatus.PARTIALLY_PAID));
        at(events, "11-06T10:00", invoice(i5, c4, "700", "11-06"));
        at(events, "11-06T12:00", payment(i1, c1, "p-i1", "1000", "11-06", "1000", InvoiceStatus.PAID));
        at(events, "11-09T12:00", payment(i2, c1, "p-i2", "500", "11-09", "500", InvoiceStatus.PAID));
        at(events, "11-10T12:00", new CustomerSignedIn(c1, instant("11-10T12:00")));
        at(events, "11-10T18:00", payment(i3, c2, "p-i3-2", "1500", "11-10", "2000", InvoiceStatus.PAID));
        at(events, "11-16T12:00", payment(i5, c4, "p-i5", "700", "11-16", "700", InvoiceStatus.PAID));
        at(events, "11-20T20:00", new CustomerSignedIn(c5, instant("11-20T20:00")));
        return events;
    }

    @Test
    void everyDailyMetricIsTheHandComputedOneAndReplayRebuildsTheSameRows() throws Exception {
        Instant endOfMonth = instant("11-25T00:30");
        Instant clock = null;
        for (EventMessage<?> event : november()) {
            if (clock != null && !day(clock).equals(day(event.getTimestamp()))) {
                rollup.closeDaysBefore(event.getTimestamp()); // the schedule closes each day as it ends
            }
            projection.handle(event);
            clock = event.getTimestamp();
        }
        rollup.closeDaysBefore(endOfMonth);
        List<Map<String, Object>> live = rows();

        // one row per day from the day the shop registered to yesterday, without gaps
        List<Map<String, Object>> shopRows = live.stream().filter(row -> row.get("business_id").equals(shop)).toList();
        assertThat(shopRows).hasSize(24);
        assertThat(shopRows.get(0).get("metric_date").toString()).isEqualTo("2026-11-01");
        assertThat(shopRows.get(23).get("metric_date").toString()).isEqualTo("2026-11-24");

        // 1 Nov: C1 and C2 join; C1 verifies and signs in. Access 1 of 2 customers; no invoices yet.
        assertThat(row(live, "11-01")).containsEntry("new_customers_count", 2).containsEntry("verified_customers_count", 1)
                .containsEntry("active_customers_count", 1).containsEntry("portal_logins_count", 1)
                .containsEntry("portal_access_rate", new BigDecimal("50.00")).containsEntry("repeat_customer_rate", new BigDecimal("0.00"))
                .containsEntry("collection_rate", null).containsEntry("notification_open_rate", null);
        // 2 Nov: invoice I1 by SMS (delivered) and email (opened the next morning): rates of the day the messages went.
        // C3 joined at 01:00 on 3 Nov in India (2 Nov in UTC): not counted here.
        assertThat(row(live, "11-02")).containsEntry("new_customers_count", 0).containsEntry("invoices_sent_count", 1)
                .containsEntry("notifications_sent_count", 2).containsEntry("notification_open_rate", new BigDecimal("100.00"))
                .containsEntry("notification_delivery_rate", new BigDecimal("100.00"))
                .containsEntry("collection_rate", new BigDecimal("0.00")).containsEntry("repeat_customer_rate", new BigDecimal("50.00"));
        // 3 Nov: C3 joins, C2 verifies and signs in. Active in the 7 days: C1, C2. Access 2 of 3; C1 has 2 invoices: 1 of 3.
        assertThat(row(live, "11-03")).containsEntry("new_customers_count", 1).containsEntry("verified_customers_count", 1)
                .containsEntry("active_customers_count", 2).containsEntry("portal_access_rate", new BigDecimal("66.67"))
                .containsEntry("repeat_customer_rate", new BigDecimal("33.33")).containsEntry("notifications_sent_count", 0);
        // 4 Nov: one SMS for I3, no delivery report: delivery rate 0, no email: open rate unknown.
        assertThat(row(live, "11-04")).containsEntry("invoices_sent_count", 1).containsEntry("notification_delivery_rate", new BigDecimal("0.00"))
                .containsEntry("notification_open_rate", null).containsEntry("new_customers_count", 0);
        // 5 Nov: C4 joins, and C5, verified on 4 Nov through another shop: a verified customer of this shop from today.
        assertThat(row(live, "11-05")).containsEntry("new_customers_count", 2).containsEntry("verified_customers_count", 1)
                .containsEntry("payments_received", new BigDecimal("500.00")).containsEntry("avg_payment_days", null);
        // 6 Nov: I1 paid 4 days after issue, notified first. Collection 1 of 5 invoices; access 2 of 5; repeat 1 of 5.
        assertThat(row(live, "11-06")).containsEntry("avg_payment_days", new BigDecimal("4.00"))
                .containsEntry("payment_velocity_impact", null).containsEntry("collection_rate", new BigDecimal("20.00"))
                .containsEntry("portal_access_rate", new BigDecimal("40.00")).containsEntry("repeat_customer_rate", new BigDecimal("20.00"))
                .containsEntry("payments_received", new BigDecimal("1000.00")).containsEntry("active_customers_count", 2);
        // 9 Nov: I2 paid after 8 days, never notified. Active (3-9 Nov): only C2.
        assertThat(row(live, "11-09")).containsEntry("avg_payment_days", new BigDecimal("8.00"))
                .containsEntry("collection_rate", new BigDecimal("40.00")).containsEntry("active_customers_count", 1);
        // 10 Nov: C1 signs in again; I3 (issued 4 Nov, notified) paid off: 6 days. Active (4-10 Nov): only C1.
        assertThat(row(live, "11-10")).containsEntry("avg_payment_days", new BigDecimal("6.00")).containsEntry("portal_logins_count", 1)
                .containsEntry("active_customers_count", 1).containsEntry("collection_rate", new BigDecimal("60.00"))
                .containsEntry("payments_received", new BigDecimal("1500.00"));
        // 12 Nov, a day without events: its row comes from the rollup. Active (6-12 Nov): C1.
        assertThat(row(live, "11-12")).containsEntry("active_customers_count", 1).containsEntry("new_customers_count", 0)
                .containsEntry("collection_rate", new BigDecimal("60.00"));
        // 18 Nov: nobody signed in during 12-18 Nov.
        assertThat(row(live, "11-18")).containsEntry("active_customers_count", 0).containsEntry("collection_rate", new BigDecimal("80.00"));
        // the other shop only ever had C5
        assertThat(jdbc.queryForObject("SELECT sum(new_customers_count) FROM customer_engagement_metrics WHERE business_id = ?",
                Integer.class, otherShop)).isEqualTo(1);

        // the month as a whole: paid I1 4 and I3 6 days (notified), I2 8 and I5 10 (not): 7 on average, 5 against 9,
        // so notified invoices were paid (9 - 5) / 9 = 44.44 % faster
        EngagementMeasure month = metrics.measure(shop, instant("11-01T00:00"), instant("11-25T00:00"));
        assertThat(month).isEqualTo(new EngagementMeasure(5, 5, 3, 3, 1, 2, 3, new BigDecimal("100.00"), new BigDecimal("50.00"),
                new BigDecimal("7.00"), new BigDecimal("5.00"), new BigDecimal("9.00"), new BigDecimal("44.44"),
                new BigDecimal("80.00"), new BigDecimal("60.00"), new BigDecimal("20.00"), 4, new BigDecimal("4200.00")));

        // replay: reset, every event again without the daily schedule in between, then one rollup
        projection.prepareReset();
        assertThat(rows()).isEmpty();
        for (EventMessage<?> event : november()) {
            projection.handle(event);
        }
        rollup.closeDaysBefore(endOfMonth);
        assertThat(rows()).isEqualTo(live);
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM customer_engagement_metrics WHERE business_id IN (?, ?) ORDER BY business_id, metric_date",
                shop, otherShop);
    }

    private Map<String, Object> row(List<Map<String, Object>> rows, String day) {
        LocalDate date = LocalDate.parse("2026-" + day);
        return rows.stream().filter(row -> row.get("business_id").equals(shop) && row.get("metric_date").toString().equals(date.toString()))
                .findFirst().orElseThrow();
    }

    private CustomerRegistered registered(UUID customer, UUID business) {
        return new CustomerRegistered(UUID.nameUUIDFromBytes((business + "/" + customer).getBytes()), business, customer,
                "Customer", "+91", null, null, false);
    }

    private InvoiceCreated invoice(UUID invoice, UUID customer, String amount, String issued) {
        return new InvoiceCreated(invoice, shop, customer, UUID.randomUUID(), "INV-" + invoice.toString().substring(0, 4),
                new BigDecimal(amount), LocalDate.parse("2026-" + issued), null, null);
    }

    private NotificationRequested message(UUID message, UUID invoice, Channel channel) {
        return new NotificationRequested(message, UUID.randomUUID(), shop, UUID.randomUUID(), invoice,
                NotificationType.INVOICE_CREATED, channel, null, null, null);
    }

    private PaymentRecorded payment(UUID invoice, UUID customer, String id, String amount, String paidOn, String paidTotal,
                                    InvoiceStatus status) {
        return new PaymentRecorded(invoice, shop, customer, UUID.randomUUID(), id, new BigDecimal(amount),
                LocalDate.parse("2026-" + paidOn), "upi", new BigDecimal(paidTotal), status, null, null, null);
    }

    private static void at(List<EventMessage<?>> events, String when, Object payload) {
        events.add(new GenericEventMessage<>(UUID.randomUUID().toString(), payload, MetaData.emptyInstance(), instant(when)));
    }

    private static Instant instant(String when) {
        return LocalDateTime.parse("2026-" + when).atZone(IST).toInstant();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(IST).toLocalDate();
    }
}
