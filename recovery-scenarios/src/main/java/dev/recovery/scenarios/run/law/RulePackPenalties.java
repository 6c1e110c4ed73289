package dev.recovery.scenarios.run.law;

import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.OpenItem;
import dev.recovery.core.money.Money;
import dev.recovery.legal.RulePack;
import dev.recovery.legal.RulePacks;
import dev.recovery.legal.interest.InterestPeriod;
import dev.recovery.legal.interest.LatePaymentRequest;
import dev.recovery.legal.interest.LatePaymentResult;
import dev.recovery.scenarios.run.PenaltyQuote;
import dev.recovery.scenarios.run.PenaltyQuoter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The run's {@link PenaltyQuoter} backed by the legal module: late-payment interest and fixed
 * compensation of each overdue item, as of the run date, by the calculator of the debtor's country
 * (Code de commerce L441-10 and D441-5 in France). Empty when nothing is due (not late, consumer
 * without compensation and no interest yet). Immutable and thread-safe.
 */
public final class RulePackPenalties implements PenaltyQuoter {

  private final RulePacks packs;

  private RulePackPenalties(RulePacks packs) {
    this.packs = packs;
  }

  /** Penalties from these packs. */
  public static RulePackPenalties of(RulePacks packs) {
    return new RulePackPenalties(Objects.requireNonNull(packs, "packs"));
  }

  @Override
  public Optional<PenaltyQuote> quote(Debtor debtor, List<OpenItem> items, LocalDate asOf) {
    RulePack pack = packs.forCountry(debtor.country());
    Money interest = null;
    Money fixed = null;
    String rate = null;
    Set<String> basis = new LinkedHashSet<>();
    for (OpenItem item : items) {
      if (!item.isOverdue(asOf)) {
        continue;
      }
      LatePaymentResult r = pack.latePayment().compute(LatePaymentRequest.builder(item.open(), item.dueDate())
          .asOf(asOf).debtorType(debtor.type()).build());
      interest = interest == null ? r.interest() : interest.plus(r.interest());
      fixed = fixed == null ? r.fixedCompensation() : fixed.plus(r.fixedCompensation());
      basis.addAll(r.legalBasis());
      List<InterestPeriod> periods = r.periods();
      if (rate == null && !periods.isEmpty()) {
        rate = periods.get(periods.size() - 1).annualRate().toPlainString();
      }
    }
    if (interest == null || (interest.isZero() && fixed.isZero())) {
      return Optional.empty();
    }
    return Optional.of(new PenaltyQuote(interest, fixed, interest.plus(fixed), rate == null ? "0" : rate,
        new ArrayList<>(basis)));
  }
}
