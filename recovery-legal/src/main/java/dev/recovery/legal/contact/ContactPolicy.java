package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The compliance gate: decides whether a proposed contact is allowed, given the debtor's case file, by
 * asking every rule; one block is enough to refuse.
 *
 * <p>Immutable and thread-safe. {@link #standard(ContactPolicyConfig)} builds the standard rules from a
 * profile: opt-out, contact hours, call frequency, quiet period after a conversation, cooldown after a
 * refusal, third parties, message content. Hosts compose their own with {@link #of(String, List)} or
 * add rules with {@link #with(ContactRule)}.
 */
public final class ContactPolicy {

  private static final int MAX_RETRIES = 32;

  private final String name;
  private final List<ContactRule> rules;
  /** The channels on which a case file without events leaves nothing of the debtor but type and zone to read. */
  private final Set<Channel> anonymous;

  private ContactPolicy(String name, List<ContactRule> rules) {
    this.name = name;
    this.rules = rules;
    this.anonymous = anonymousChannels(rules);
  }

  /**
   * The channels on which every rule is a standard rule of this package that, given a case file
   * without events, reads neither the debtor id nor the debt key: all channels but those on which a
   * call-frequency or after-conversation rule counts calls (they name the debt); none when a rule is
   * a host's own (its inputs are unknown).
   */
  private static Set<Channel> anonymousChannels(List<ContactRule> rules) {
    Set<Channel> channels = EnumSet.allOf(Channel.class);
    for (ContactRule rule : rules) {
      if (rule instanceof CallFrequencyRule r) {
        channels.removeAll(r.config().callChannels());
      } else if (rule instanceof ConversationRule r) {
        channels.removeAll(r.config().callChannels());
      } else if (!(rule instanceof OptOutRule || rule instanceof ContactHoursRule
          || rule instanceof RefusalCooldownRule || rule instanceof ThirdPartyRule
          || rule instanceof MessageContentRule)) {
        return Set.of();
      }
    }
    return Set.copyOf(channels);
  }

  /**
   * Whether, for a debtor whose case file has no event, the decision on a contact on {@code channel}
   * depends on the request only through the debtor type, time zone, person, channel, instant and
   * message: not on the debtor id nor the debt key. Then two such requests that agree on those give
   * equal decisions, which lets a caller share one decision between many debtors (true for the
   * standard rules except on the channels where calls are counted per debt; false whenever the
   * policy has a rule of the host's).
   */
  public boolean isAnonymousWithoutHistory(Channel channel) {
    return anonymous.contains(channel);
  }

  /** A policy from rules, evaluated in order. */
  public static ContactPolicy of(String name, List<? extends ContactRule> rules) {
    Objects.requireNonNull(name, "name");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("contact policy " + name + " has no rule");
    }
    return new ContactPolicy(name, List.copyOf(rules));
  }

  /** The standard rules for a profile. */
  public static ContactPolicy standard(ContactPolicyConfig config) {
    List<ContactRule> rules = new ArrayList<>();
    rules.add(new OptOutRule(config.optOutReference()));
    rules.add(new ContactHoursRule(config));
    rules.add(new CallFrequencyRule(config));
    if (config.conversationQuietDays() > 0) {
      rules.add(new ConversationRule(config));
    }
    if (config.cooldownAfterRefusalDays() > 0) {
      rules.add(new RefusalCooldownRule(config));
    }
    rules.add(new ThirdPartyRule(config));
    rules.add(new MessageContentRule(config));
    return of(config.name(), rules);
  }

  /** This policy with one more rule. */
  public ContactPolicy with(ContactRule rule) {
    List<ContactRule> more = new ArrayList<>(rules);
    more.add(Objects.requireNonNull(rule, "rule"));
    return new ContactPolicy(name, List.copyOf(more));
  }

  /** The profile name, such as {@code fr-default}. */
  public String name() {
    return name;
  }

  /** The rules, in order. */
  public List<ContactRule> rules() {
    return rules;
  }

  /**
   * Decides on a proposed contact.
   *
   * @param request the proposed contact
   * @param caseFile the debtor's case file (only events at or before the request instant are used); may be empty
   * @return allowed, or blocked with every rule's reason and, when time lifts every block, the next instant
   *     the same contact would be allowed
   */
  public GateDecision evaluate(ContactRequest request, CaseFile caseFile) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(caseFile, "caseFile");
    if (!caseFile.debtorId().equals(request.debtorId())) {
      throw new IllegalArgumentException("case file of " + caseFile.debtorId() + " for a contact with "
          + request.debtorId());
    }
    List<RuleDecision> decisions = decide(request, caseFile);
    boolean allowed = decisions.stream().noneMatch(RuleDecision::isBlock);
    return new GateDecision(allowed, decisions, allowed ? Optional.empty() : nextAllowed(request, caseFile, decisions));
  }

  private List<RuleDecision> decide(ContactRequest request, CaseFile caseFile) {
    List<RuleDecision> decisions = new ArrayList<>(rules.size());
    for (ContactRule rule : rules) {
      decisions.add(rule.evaluate(request, caseFile));
    }
    return decisions;
  }

  private Optional<OffsetDateTime> nextAllowed(ContactRequest request, CaseFile caseFile, List<RuleDecision> first) {
    List<RuleDecision> decisions = first;
    for (int i = 0; i < MAX_RETRIES; i++) {
      OffsetDateTime latest = null;
      for (RuleDecision d : decisions) {
        if (d.isBlock()) {
          if (d.nextAllowedAt().isEmpty()) {
            return Optional.empty();
          }
          OffsetDateTime n = d.nextAllowedAt().get();
          if (latest == null || n.isAfter(latest)) {
            latest = n;
          }
        }
      }
      if (latest == null) {
        return Optional.empty();
      }
      ContactRequest later = request.withAt(latest);
      decisions = decide(later, caseFile);
      if (decisions.stream().noneMatch(RuleDecision::isBlock)) {
        return Optional.of(latest);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "ContactPolicy[" + name + ", " + rules.stream().map(ContactRule::name).toList() + "]";
  }
}
