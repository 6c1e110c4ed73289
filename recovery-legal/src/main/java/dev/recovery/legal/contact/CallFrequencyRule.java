package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Contact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Caps call attempts per local day and per rolling window of days (the proposed day included).
 * Every outbound attempt on a call channel counts, answered or not; per debtor, or per debt and person
 * when the profile says so (Regulation F). A block gives the start of the first day the cap allows.
 */
public final class CallFrequencyRule implements ContactRule {

  private final ContactPolicyConfig config;

  /** The rule for a profile. */
  public CallFrequencyRule(ContactPolicyConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The profile (the policy reads which channels the rule counts). */
  ContactPolicyConfig config() {
    return config;
  }

  @Override
  public String name() {
    return "call-frequency";
  }

  @Override
  public String reference() {
    return config.frequencyReference();
  }

  @Override
  public RuleDecision evaluate(ContactRequest request, CaseFile caseFile) {
    RuleDecision na = PastContacts.notApplicable(this, config, request);
    if (na != null) {
      return na;
    }
    if (!config.callChannels().contains(request.channel())) {
      return RuleDecision.allow(name(), reference(), request.channel().code() + " is not a call attempt");
    }
    List<LocalDate> attempts = new ArrayList<>();
    for (Contact c : PastContacts.until(caseFile, request.at())) {
      if (c.direction() == Contact.Direction.OUTBOUND && config.callChannels().contains(c.channel())
          && (!config.perDebt() || c.debtKey().equals(request.debtKey()))
          && (!config.perPerson() || c.person().equals(request.person()))) {
        attempts.add(PastContacts.localDate(c.at(), request.zone()));
      }
    }
    LocalDate day = request.localDate();
    String scope = (config.perDebt() ? "about debt " + request.debtKey() : "to this debtor")
        + (config.perPerson() ? " with " + request.person() : "");
    long today = attempts.stream().filter(day::equals).count();
    if (config.maxCallsPerDay() > 0 && today >= config.maxCallsPerDay()) {
      LocalDate next = firstAllowedDay(attempts, day.plusDays(1));
      return RuleDecision.blockUntil(name(), reference(), today + " call attempt(s) " + scope + " already on " + day
          + ": the cap is " + config.maxCallsPerDay() + " per day", PastContacts.startOfDay(next, request.zone()));
    }
    if (config.maxCallsPerWindow() > 0) {
      long inWindow = countInWindow(attempts, day);
      if (inWindow >= config.maxCallsPerWindow()) {
        LocalDate next = firstAllowedDay(attempts, day.plusDays(1));
        return RuleDecision.blockUntil(name(), reference(), inWindow + " call attempt(s) " + scope + " in the "
            + config.windowDays() + " days " + day.minusDays(config.windowDays() - 1L) + ".." + day
            + ": another would exceed " + config.maxCallsPerWindow() + " per " + config.windowDays() + " days",
            PastContacts.startOfDay(next, request.zone()));
      }
      return RuleDecision.allow(name(), reference(), inWindow + " call attempt(s) " + scope + " in the last "
          + config.windowDays() + " days (cap " + config.maxCallsPerWindow() + "), " + today + " today"
          + (config.maxCallsPerDay() > 0 ? " (cap " + config.maxCallsPerDay() + ")" : ""));
    }
    return RuleDecision.allow(name(), reference(), today + " call attempt(s) " + scope + " today"
        + (config.maxCallsPerDay() > 0 ? " (cap " + config.maxCallsPerDay() + ")" : " (no cap)"));
  }

  private long countInWindow(List<LocalDate> attempts, LocalDate day) {
    LocalDate from = day.minusDays(config.windowDays() - 1L);
    return attempts.stream().filter(d -> !d.isBefore(from) && !d.isAfter(day)).count();
  }

  private LocalDate firstAllowedDay(List<LocalDate> attempts, LocalDate from) {
    LocalDate d = from;
    int horizon = Math.max(config.windowDays(), 1) + 1;
    for (int i = 0; i <= horizon; i++, d = d.plusDays(1)) {
      final LocalDate day = d;
      boolean dayOk = config.maxCallsPerDay() == 0 || attempts.stream().filter(day::equals).count() < config.maxCallsPerDay();
      boolean windowOk = config.maxCallsPerWindow() == 0 || countInWindow(attempts, day) < config.maxCallsPerWindow();
      if (dayOk && windowOk) {
        return day;
      }
    }
    return d;
  }
}
