package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * After the debtor refused a contact (outcome {@code refused}), no call or message for N days from the
 * refusal day (France: library default 7; Decret 2022-1313 canvassing: 60). Letters are not affected.
 */
public final class RefusalCooldownRule implements ContactRule {

  private static final Set<Channel> AFFECTED = EnumSet.of(Channel.PHONE, Channel.VOICEMAIL, Channel.SMS,
      Channel.WHATSAPP, Channel.EMAIL);

  private final ContactPolicyConfig config;

  /** The rule for a profile. */
  public RefusalCooldownRule(ContactPolicyConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return "refusal-cooldown";
  }

  @Override
  public String reference() {
    return config.refusalReference();
  }

  @Override
  public RuleDecision evaluate(ContactRequest request, CaseFile caseFile) {
    RuleDecision na = PastContacts.notApplicable(this, config, request);
    if (na != null) {
      return na;
    }
    if (config.cooldownAfterRefusalDays() == 0 || !AFFECTED.contains(request.channel())) {
      return RuleDecision.allow(name(), reference(), "no cooldown applies to " + request.channel().code());
    }
    LocalDate last = null;
    for (Contact c : PastContacts.until(caseFile, request.at())) {
      if (c.outcome() == Contact.Outcome.REFUSED) {
        LocalDate d = PastContacts.localDate(c.at(), request.zone());
        if (last == null || d.isAfter(last)) {
          last = d;
        }
      }
    }
    if (last == null) {
      return RuleDecision.allow(name(), reference(), "no refusal in the case file");
    }
    LocalDate until = last.plusDays(config.cooldownAfterRefusalDays());
    if (request.localDate().isBefore(until)) {
      return RuleDecision.blockUntil(name(), reference(), "the debtor refused a contact on " + last + ": no call or "
          + "message for " + config.cooldownAfterRefusalDays() + " days, until " + until,
          PastContacts.startOfDay(until, request.zone()));
    }
    return RuleDecision.allow(name(), reference(), "last refusal on " + last + ", cooldown over on " + until);
  }
}
