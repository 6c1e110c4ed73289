package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseFile;
import java.util.List;
import java.util.Objects;

/**
 * The debt may be discussed only with the debtor and the allowed parties. A contact with anyone else is
 * blocked, unless its message text is given and reveals nothing about the debt (for instance a request
 * for location information, 12 CFR 1006.10).
 */
public final class ThirdPartyRule implements ContactRule {

  private final ContactPolicyConfig config;
  private final MessageContent content;

  /** The rule for a profile. */
  public ThirdPartyRule(ContactPolicyConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.content = new MessageContent(config.forbiddenWords());
  }

  @Override
  public String name() {
    return "third-party";
  }

  @Override
  public String reference() {
    return config.thirdPartyReference();
  }

  @Override
  public RuleDecision evaluate(ContactRequest request, CaseFile caseFile) {
    RuleDecision na = PastContacts.notApplicable(this, config, request);
    if (na != null) {
      return na;
    }
    if (config.allowedParties().contains(request.person())) {
      return RuleDecision.allow(name(), reference(), request.person() + " may be told about the debt");
    }
    if (request.message().isPresent()) {
      List<String> found = content.findings(request.message().get());
      if (found.isEmpty()) {
        return RuleDecision.allow(name(), reference(), request.person() + " is a third party; the message reveals no "
            + "debt details");
      }
      return RuleDecision.block(name(), reference(), request.person() + " is a third party: the message would "
          + "disclose the debt; forbidden words: " + String.join(", ", found));
    }
    return RuleDecision.block(name(), reference(), request.person() + " is a third party: the debt may not be "
        + "discussed with them (allowed: " + config.allowedParties().stream().sorted().toList() + ")");
  }
}
