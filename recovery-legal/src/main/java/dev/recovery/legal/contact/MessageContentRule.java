package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseFile;
import java.util.List;
import java.util.Objects;

/**
 * A message on a limited-content channel (voicemail; in France and the UK also SMS) must not reveal the
 * debt: a message containing a forbidden word or an amount is blocked and the reason names the words.
 * Without message text the rule allows and recalls the requirement.
 */
public final class MessageContentRule implements ContactRule {

  private final ContactPolicyConfig config;
  private final MessageContent content;

  /** The rule for a profile. */
  public MessageContentRule(ContactPolicyConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.content = new MessageContent(config.forbiddenWords());
  }

  @Override
  public String name() {
    return "message-content";
  }

  @Override
  public String reference() {
    return config.contentReference();
  }

  /** The forbidden words and amounts found in a text. */
  public List<String> findings(String text) {
    return content.findings(text);
  }

  @Override
  public RuleDecision evaluate(ContactRequest request, CaseFile caseFile) {
    RuleDecision na = PastContacts.notApplicable(this, config, request);
    if (na != null) {
      return na;
    }
    if (!config.limitedContentChannels().contains(request.channel())) {
      return RuleDecision.allow(name(), reference(), request.channel().code() + " is not a limited-content channel");
    }
    if (request.message().isEmpty()) {
      return RuleDecision.allow(name(), reference(), "no message text to check: a " + request.channel().code()
          + " may carry only a limited-content message without debt details");
    }
    List<String> found = content.findings(request.message().get());
    if (!found.isEmpty()) {
      return RuleDecision.block(name(), reference(), "the " + request.channel().code()
          + " would reveal the debt; forbidden words: " + String.join(", ", found));
    }
    return RuleDecision.allow(name(), reference(), "message reveals no debt details");
  }
}
