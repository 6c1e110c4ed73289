package dev.recovery.legal.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.calendar.HolidayCalendars;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the gate over random instants (2024-2026, across DST changes and holidays). */
class ContactPolicyProperties {

  private static final DebtorId D = DebtorId.of("D1");
  private static final ContactPolicy FR = ContactPolicy.standard(ContactPolicyConfig.franceDefault());
  private static final ContactPolicy US = ContactPolicy.standard(ContactPolicyConfig.usRegulationF());
  private static final long FROM = 1_704_067_200L; // 2024-01-01T00:00Z
  private static final long TO = 1_782_777_600L; // 2026-06-30T00:00Z

  @Property(tries = 400)
  void franceAllowsCallsOnlyInLocalHoursOnWorkingDaysAndNextIsAllowed(@ForAll @LongRange(min = FROM, max = TO) long s,
      @ForAll @IntRange(min = -12, max = 14) int offsetHours) {
    OffsetDateTime at = Instant.ofEpochSecond(s).atOffset(ZoneOffset.ofHours(offsetHours));
    ZoneId paris = ZoneId.of("Europe/Paris");
    ContactRequest r = ContactRequest.of(D, DebtorType.CONSUMER, paris, Channel.PHONE, at);
    GateDecision g = FR.evaluate(r, CaseFile.empty(D));
    ZonedDateTime local = at.atZoneSameInstant(paris);
    boolean open = local.getDayOfWeek() != DayOfWeek.SUNDAY && !HolidayCalendars.FR.isHoliday(local.toLocalDate())
        && !local.toLocalTime().isBefore(LocalTime.of(8, 0)) && !local.toLocalTime().isAfter(LocalTime.of(20, 0));
    assertThat(g.allowed()).isEqualTo(open);
    if (!open) {
      OffsetDateTime next = g.nextAllowedAt().orElseThrow();
      assertThat(next).isAfter(at);
      assertThat(FR.evaluate(r.withAt(next), CaseFile.empty(D)).allowed()).isTrue();
      assertThat(next.minusMinutes(1).isAfter(at) && FR.evaluate(r.withAt(next.minusMinutes(1)), CaseFile.empty(D))
          .allowed()).isFalse();
    }
  }

  @Property(tries = 400)
  void regFHoursAreLocalAndNextIsAllowed(@ForAll @LongRange(min = FROM, max = TO) long s) {
    OffsetDateTime at = Instant.ofEpochSecond(s).atOffset(ZoneOffset.UTC);
    ZoneId zone = ZoneId.of("America/Los_Angeles");
    ContactRequest r = ContactRequest.of(D, DebtorType.CONSUMER, zone, Channel.PHONE, at);
    GateDecision g = US.evaluate(r, CaseFile.empty(D));
    LocalTime t = at.atZoneSameInstant(zone).toLocalTime();
    boolean open = !t.isBefore(LocalTime.of(8, 0)) && !t.isAfter(LocalTime.of(21, 0));
    assertThat(g.allowed()).isEqualTo(open);
    g.nextAllowedAt().ifPresent(n -> {
      assertThat(n.atZoneSameInstant(zone).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
      assertThat(US.evaluate(r.withAt(n), CaseFile.empty(D)).allowed()).isTrue();
    });
  }
}
