package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.OptOut;
import java.util.Objects;

/**
 * A debtor's recorded opt-out from a channel blocks that channel; an opt-out from the phone also
 * blocks voicemail. Applies to every debtor type; time does not lift it.
 */
public final class OptOutRule implements ContactRule {

  private final String reference;

  /** The rule with its legal reference. */
  public OptOutRule(String reference) {
    this.reference = Objects.requireNonNull(reference, "reference");
  }

  @Override
  public String name() {
    return "opt-out";
  }

  @Override
  public String reference() {
    return reference;
  }

  @Override
  public RuleDecision evaluate(ContactRequest request, CaseFile caseFile) {
    if (caseFile != null) {
      for (CaseEvent e : caseFile.events()) {
        if (e instanceof OptOut o && !o.at().isAfter(request.at())
            && (o.channel() == request.channel()
                || (request.channel() == Channel.VOICEMAIL && o.channel() == Channel.PHONE))) {
          return RuleDecision.block(name(), reference, "the debtor opted out of " + o.channel().code() + " on "
              + o.at().toLocalDate());
        }
      }
    }
    return RuleDecision.allow(name(), reference, "no opt-out from " + request.channel().code());
  }
}
