package network.khata.api.reminders;

import network.khata.api.businesses.BusinessTimeZone;
import network.khata.api.messaging.MessageTemplate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTest {
    private static final ZoneId IST = BusinessTimeZone.DEFAULT;
    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 4);

    @Test
    void stepsAreAtTenInTheBusinesssZoneCountedFromTheDueDate() {
        List<ReminderSchedule.Planned> plan = ReminderSchedule.plan(ReminderPolicy.DEFAULT_STEPS, false, ISSUED, DUE, IST);
        assertThat(plan).extracting(planned -> planned.at().toString()).containsExactly(
                "2026-12-01T04:30:00Z", "2026-12-04T04:30:00Z", "2026-12-07T04:30:00Z", "2026-12-11T04:30:00Z", "2026-12-18T04:30:00Z");
        assertThat(plan).extracting(planned -> planned.step().key())
                .containsExactly("reminder/-3", "reminder/0", "reminder/3", "reminder/7", "reminder/14");
    }

    @Test
    void withoutADueDateOnlyWhenThePolicyCountsFromTheIssueDate() {
        List<ReminderStep> steps = List.of(new ReminderStep(7, MessageTemplate.REMINDER));
        assertThat(ReminderSchedule.plan(steps, false, ISSUED, null, IST)).isEmpty();
        assertThat(ReminderSchedule.plan(steps, true, ISSUED, null, IST)).singleElement()
                .satisfies(planned -> assertThat(planned.at()).isEqualTo(Instant.parse("2026-12-08T04:30:00Z")));
    }

    @Test
    void quietHoursMoveToNine() {
        assertThat(ReminderSchedule.outsideQuietHours(Instant.parse("2026-12-01T15:30:00Z"), IST))   // 21:00 IST
                .isEqualTo(Instant.parse("2026-12-02T03:30:00Z"));
        assertThat(ReminderSchedule.outsideQuietHours(Instant.parse("2026-12-01T20:00:00Z"), IST))   // 01:30 IST next day
                .isEqualTo(Instant.parse("2026-12-02T03:30:00Z"));
        assertThat(ReminderSchedule.outsideQuietHours(Instant.parse("2026-12-01T03:30:00Z"), IST))   // 09:00 IST
                .isEqualTo(Instant.parse("2026-12-01T03:30:00Z"));
        assertThat(ReminderSchedule.outsideQuietHours(Instant.parse("2026-12-01T15:29:59Z"), IST))   // 20:59:59 IST
                .isEqualTo(Instant.parse("2026-12-01T15:29:59Z"));
    }

    @Test
    void theNextStepIsTheFirstNotSentAndNotPast() {
        List<ReminderSchedule.Planned> plan = ReminderSchedule.plan(ReminderPolicy.DEFAULT_STEPS, false, ISSUED, DUE, IST);
        assertThat(ReminderSchedule.next(plan, Set.of(), Instant.parse("2026-12-02T00:00:00Z")))
                .hasValueSatisfying(next -> assertThat(next.step().day()).isZero());
        assertThat(ReminderSchedule.next(plan, Set.of("reminder/0"), Instant.parse("2026-12-02T00:00:00Z")))
                .hasValueSatisfying(next -> assertThat(next.step().day()).isEqualTo(3));
        assertThat(ReminderSchedule.next(plan, Set.of(), Instant.parse("2026-12-19T00:00:00Z"))).isEmpty();
    }

    @Test
    void stepsOutOfBoundsTwiceOrTooManyAreRefused() {
        assertThat(ReminderPolicy.problemWith(ReminderPolicy.DEFAULT_STEPS)).isEmpty();
        assertThat(ReminderPolicy.problemWith(List.of())).isPresent();
        assertThat(ReminderPolicy.problemWith(List.of(new ReminderStep(-61, MessageTemplate.REMINDER)))).isPresent();
        assertThat(ReminderPolicy.problemWith(List.of(new ReminderStep(366, MessageTemplate.URGENT)))).isPresent();
        assertThat(ReminderPolicy.problemWith(List.of(new ReminderStep(1, MessageTemplate.URGENT),
                new ReminderStep(1, MessageTemplate.REMINDER)))).isPresent();
        assertThat(ReminderPolicy.problemWith(java.util.stream.IntStream.range(0, 31)
                .mapToObj(day -> new ReminderStep(day, MessageTemplate.REMINDER)).toList())).isPresent();
    }
}
