package dev.recovery.scenarios.run.law;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.OpenItem;
import dev.recovery.legal.RulePacks;
import dev.recovery.legal.limitation.LimitationResult;
import dev.recovery.scenarios.run.ClaimCheck;
import dev.recovery.scenarios.run.Reason;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The run's {@link ClaimCheck} backed by the legal module: an item past the limitation date of the
 * debtor's country (C. com. L110-4, C. consom. L218-2, Limitation Act 1980 s.5), counted from its due
 * date and restarted by acknowledgements in the case file (C. civ. 2240), is blocked. Immutable and
 * thread-safe.
 */
public final class RulePackLimitation implements ClaimCheck {

  private final RulePacks packs;

  private RulePackLimitation(RulePacks packs) {
    this.packs = packs;
  }

  /** The check of these packs. */
  public static RulePackLimitation of(RulePacks packs) {
    return new RulePackLimitation(Objects.requireNonNull(packs, "packs"));
  }

  @Override
  public Optional<Reason> check(Debtor debtor, OpenItem item, CaseFile caseFile, LocalDate asOf) {
    LimitationResult result;
    try {
      result = packs.forCountry(debtor.country()).limitation()
          .compute(item.dueDate(), debtor.type(), Optional.of(item.invoice().id()), caseFile);
    } catch (IllegalArgumentException e) {
      // no pack for the country: the gate blocks every contact with that debtor and says why
      return Optional.empty();
    }
    if (!result.isTimeBarred(asOf)) {
      return Optional.empty();
    }
    return Optional.of(new Reason("limitation", result.reference(), "invoice " + item.invoice().id()
        + " is time-barred since " + result.limitationDate().map(Object::toString).orElse("?") + ": "
        + result.explanation()));
  }
}
