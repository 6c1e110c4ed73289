package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Contact;
import java.time.LocalDate;
import java.util.Objects;

/**
 * No call about a debt within N days after a telephone conversation with the person about it, the
 * conversation day being day 1 (12 CFR 1006.14(b)(2)(ii): N = 7). Conversations in either direction
 * count. A block gives the start of the first allowed day.
 */
public final class ConversationRule implements ContactRule {

  private final ContactPolicyConfig config;

  /** The rule for a profile. */
  public ConversationRule(ContactPolicyConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The profile (the policy reads which channels the rule counts). */
  ContactPolicyConfig config() {
    return config;
  }

  @Override
  public String name() {
    return "after-conversation";
  }

  @Override
  public String reference() {
    return config.conversationReference();
  }

  @Override
  public RuleDecision evaluate(ContactRequest request, CaseFile caseFile) {
    RuleDecision na = PastContacts.notApplicable(this, config, request);
    if (na != null) {
      return na;
    }
    if (config.conversationQuietDays() == 0 || !config.callChannels().contains(request.channel())) {
      return RuleDecision.allow(name(), reference(), "no quiet period applies to " + request.channel().code());
    }
    LocalDate last = null;
    for (Contact c : PastContacts.until(caseFile, request.at())) {
      if (c.isConversation() && c.debtKey().equals(request.debtKey()) && c.person().equals(request.person())) {
        LocalDate d = PastContacts.localDate(c.at(), request.zone());
        if (last == null || d.isAfter(last)) {
          last = d;
        }
      }
    }
    if (last == null) {
      return RuleDecision.allow(name(), reference(), "no telephone conversation with " + request.person()
          + " about debt " + request.debtKey());
    }
    LocalDate firstAllowed = last.plusDays(config.conversationQuietDays());
    if (request.localDate().isBefore(firstAllowed)) {
      return RuleDecision.blockUntil(name(), reference(), "telephone conversation with " + request.person()
          + " about debt " + request.debtKey() + " on " + last + " (day 1): no call before " + firstAllowed,
          PastContacts.startOfDay(firstAllowed, request.zone()));
    }
    return RuleDecision.allow(name(), reference(), "last conversation on " + last + ", quiet period over on "
        + firstAllowed.minusDays(1));
  }
}
