package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseFile;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Contacts on timed channels only within the allowed windows, on allowed days and not on public
 * holidays, in the debtor's local time (DST-correct: the instant is converted to the debtor's zone,
 * whatever offset it was given with). A block gives the next allowed instant.
 */
public final class ContactHoursRule implements ContactRule {

  private static final int SEARCH_DAYS = 400;

  private final ContactPolicyConfig config;

  /** The rule for a profile. */
  public ContactHoursRule(ContactPolicyConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return "contact-hours";
  }

  @Override
  public String reference() {
    return config.hoursReference();
  }

  @Override
  public RuleDecision evaluate(ContactRequest request, CaseFile caseFile) {
    RuleDecision na = PastContacts.notApplicable(this, config, request);
    if (na != null) {
      return na;
    }
    if (!config.timedChannels().contains(request.channel())) {
      return RuleDecision.allow(name(), reference(), "no time-of-day restriction for " + request.channel().code());
    }
    ZonedDateTime local = request.localTime();
    String dayWhy = dayProblem(local.toLocalDate());
    if (dayWhy == null && config.windows().stream().noneMatch(w -> w.contains(local.toLocalTime()))) {
      dayWhy = "local time " + local.toLocalTime() + " (" + request.zone() + ") is outside " + config.windows();
    }
    final String why = dayWhy;
    if (why == null) {
      return RuleDecision.allow(name(), reference(), "local time " + local.toLocalDateTime() + " (" + request.zone()
          + ") is within " + config.windows() + " on an allowed day");
    }
    Optional<OffsetDateTime> next = nextOpen(local);
    return next.map(n -> RuleDecision.blockUntil(name(), reference(), why + "; next allowed " + n, n))
        .orElseGet(() -> RuleDecision.block(name(), reference(), why));
  }

  private String dayProblem(LocalDate day) {
    if (!config.days().contains(day.getDayOfWeek())) {
      return day + " is a " + day.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT)
          + ", not an allowed day";
    }
    if (config.holidays().isPresent() && config.holidays().get().isHoliday(day)) {
      return day + " is a public holiday (" + config.holidays().get().id() + ")";
    }
    return null;
  }

  /** The first allowed instant at or after {@code from}, in the same zone. */
  Optional<OffsetDateTime> nextOpen(ZonedDateTime from) {
    ZoneId zone = from.getZone();
    LocalDate first = from.toLocalDate();
    for (int i = 0; i < SEARCH_DAYS; i++) {
      LocalDate day = first.plusDays(i);
      if (dayProblem(day) != null) {
        continue;
      }
      for (TimeWindow w : config.windows()) {
        LocalTime start = w.start();
        if (i == 0 && from.toLocalTime().isAfter(start)) {
          start = from.toLocalTime();
        }
        if (!start.isAfter(w.end())) {
          ZonedDateTime z = ZonedDateTime.of(day, start, zone);
          if (w.contains(z.toLocalTime())) {
            return Optional.of(z.toOffsetDateTime());
          }
        }
      }
    }
    return Optional.empty();
  }
}
