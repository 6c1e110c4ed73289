package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Contact;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The contacts of a case file at or before an instant, and local-date helpers. */
final class PastContacts {

  private PastContacts() {}

  static List<Contact> until(CaseFile caseFile, OffsetDateTime at) {
    List<Contact> result = new ArrayList<>();
    if (caseFile == null) {
      return result;
    }
    for (CaseEvent e : caseFile.events()) {
      if (e instanceof Contact c && !c.at().isAfter(at)) {
        result.add(c);
      }
    }
    return result;
  }

  static LocalDate localDate(OffsetDateTime at, ZoneId zone) {
    return at.atZoneSameInstant(zone).toLocalDate();
  }

  /** The first instant of a local day in the zone (DST-safe). */
  static OffsetDateTime startOfDay(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toOffsetDateTime();
  }

  /** Whether the rules of the profile apply to the debtor type; if not, the allowing decision. */
  static RuleDecision notApplicable(ContactRule rule, ContactPolicyConfig config, ContactRequest r) {
    if (config.appliesTo().contains(r.debtorType())) {
      return null;
    }
    return RuleDecision.allow(rule.name(), rule.reference(), "profile " + config.name() + " applies to "
        + config.appliesTo().stream().map(t -> t.code()).sorted().toList() + " debts, not to a " + r.debtorType().code()
        + " debt");
  }
}
