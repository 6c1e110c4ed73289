package dev.recovery.legal.interest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import dev.recovery.legal.rates.RateTables;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the late-payment calculators. */
class LatePaymentProperties {

  private static final RateTables RATES = RateTables.standard();
  private static final LocalDate FIRST_DUE = LocalDate.of(2024, 1, 1);

  private static LatePaymentCalculator calc(int which) {
    switch (which) {
      case 0:
        return LatePaymentCalculator.france(RATES);
      case 1:
        return LatePaymentCalculator.eu(RATES);
      default:
        return LatePaymentCalculator.uk(RATES);
    }
  }

  private static LatePaymentRequest request(int which, long cents, LocalDate due, int days, RateMode mode) {
    String ccy = which == 2 ? "GBP" : "EUR";
    return LatePaymentRequest.builder(Money.ofMinor(Money.currency(ccy), cents), due)
        .paidDate(due.plusDays(days)).rateMode(mode).debtorType(DebtorType.BUSINESS).build();
  }

  @Provide
  Arbitrary<LocalDate> dueDates() {
    return Arbitraries.integers().between(0, 540).map(FIRST_DUE::plusDays);
  }

  @Property(tries = 300)
  void interestIsNeverNegativeAndTotalAddsUp(@ForAll @IntRange(min = 0, max = 2) int which,
      @ForAll @LongRange(min = 1, max = 10_000_000_00L) long cents, @ForAll("dueDates") LocalDate due,
      @ForAll @IntRange(min = -30, max = 300) int days) {
    LatePaymentResult r = calc(which).compute(request(which, cents, due, days, RateMode.BY_PERIOD));
    assertThat(r.interest().isNegative()).isFalse();
    assertThat(r.fixedCompensation().isNegative()).isFalse();
    assertThat(r.total()).isEqualTo(r.interest().plus(r.fixedCompensation()));
    assertThat(r.daysLate()).isEqualTo(Math.max(0, days));
    assertThat(r.periods().stream().mapToLong(InterestPeriod::days).sum()).isEqualTo(Math.max(0, days));
  }

  @Property(tries = 300)
  void interestIsNonDecreasingInDaysLate(@ForAll @IntRange(min = 0, max = 2) int which,
      @ForAll @LongRange(min = 1, max = 10_000_000_00L) long cents, @ForAll("dueDates") LocalDate due,
      @ForAll @IntRange(min = 0, max = 300) int days, @ForAll @IntRange(min = 0, max = 60) int more) {
    LatePaymentCalculator c = calc(which);
    Money shorter = c.compute(request(which, cents, due, days, RateMode.BY_PERIOD)).interest();
    Money longer = c.compute(request(which, cents, due, days + more, RateMode.BY_PERIOD)).interest();
    assertThat(longer.compareTo(shorter)).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 300)
  void interestIsNonDecreasingInAmount(@ForAll @IntRange(min = 0, max = 2) int which,
      @ForAll @LongRange(min = 1, max = 10_000_000_00L) long cents, @ForAll @LongRange(min = 0, max = 1_000_000L) long more,
      @ForAll("dueDates") LocalDate due, @ForAll @IntRange(min = 0, max = 300) int days) {
    LatePaymentCalculator c = calc(which);
    LatePaymentResult small = c.compute(request(which, cents, due, days, RateMode.BY_PERIOD));
    LatePaymentResult big = c.compute(request(which, cents + more, due, days, RateMode.BY_PERIOD));
    assertThat(big.interest().compareTo(small.interest())).isGreaterThanOrEqualTo(0);
    assertThat(big.total().compareTo(small.total())).isGreaterThanOrEqualTo(0);
  }

  /** Within one half-year the half-yearly rate cannot change, so both modes agree. */
  @Property(tries = 300)
  void byPeriodEqualsFrozenWhenTheRateDoesNotChange(@ForAll @IntRange(min = 0, max = 1) int which,
      @ForAll @LongRange(min = 1, max = 10_000_000_00L) long cents, @ForAll("dueDates") LocalDate due,
      @ForAll @IntRange(min = 0, max = 200) int days) {
    LocalDate halfYearEnd = HalfYears.end(due.plusDays(1));
    int capped = (int) Math.min(days, java.time.temporal.ChronoUnit.DAYS.between(due, halfYearEnd));
    LatePaymentCalculator c = calc(which);
    LatePaymentResult byPeriod = c.compute(request(which, cents, due, capped, RateMode.BY_PERIOD));
    LatePaymentResult frozen = c.compute(request(which, cents, due, capped, RateMode.FROZEN));
    if (HalfYears.start(due).equals(HalfYears.start(due.plusDays(1)))) {
      assertThat(byPeriod.interest()).isEqualTo(frozen.interest());
    }
    assertThat(byPeriod.total().compareTo(Money.zero(byPeriod.total().currency()))).isGreaterThanOrEqualTo(0);
  }

  /** Across half-years with equal rates (2025-H2 and 2026-H1 both at ECB 2.15 %), both modes agree too. */
  @Property(tries = 100)
  void byPeriodEqualsFrozenAcrossABoundaryWithoutRateChange(@ForAll @LongRange(min = 1, max = 10_000_000_00L) long cents,
      @ForAll @IntRange(min = 0, max = 180) int dueOffset, @ForAll @IntRange(min = 0, max = 180) int days) {
    LocalDate due = LocalDate.of(2025, 7, 1).plusDays(dueOffset);
    LocalDate paid = due.plusDays(days);
    if (paid.isAfter(LocalDate.of(2026, 6, 30))) {
      return;
    }
    int d = (int) java.time.temporal.ChronoUnit.DAYS.between(due, paid);
    LatePaymentCalculator c = calc(0);
    assertThat(c.compute(request(0, cents, due, d, RateMode.BY_PERIOD)).interest())
        .isEqualTo(c.compute(request(0, cents, due, d, RateMode.FROZEN)).interest());
  }

  /** Split periods are contiguous and cover exactly the late days. */
  @Property(tries = 200)
  void periodsAreContiguous(@ForAll("dueDates") LocalDate due, @ForAll @IntRange(min = 1, max = 360) int days) {
    LatePaymentResult r = calc(0).compute(request(0, 100_00, due, days, RateMode.BY_PERIOD));
    LocalDate expected = due.plusDays(1);
    for (InterestPeriod p : r.periods()) {
      assertThat(p.from()).isEqualTo(expected);
      expected = p.to().plusDays(1);
    }
    assertThat(expected).isEqualTo(due.plusDays(days + 1L));
  }
}
