package dev.recovery.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MoneyProperties {

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("EUR", "GBP", "USD", "CHF", "JPY");
  }

  @Property
  void split_conserves_every_minor_unit(@ForAll("currencies") String code,
      @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long minor,
      @ForAll @IntRange(min = 1, max = 40) int parts) {
    Money total = Money.ofMinor(Money.currency(code), minor);
    List<Money> split = total.split(parts);
    assertThat(split).hasSize(parts);
    assertThat(split.stream().reduce(Money.zero(code), Money::plus)).isEqualTo(total);
    long max = split.stream().mapToLong(m -> Math.abs(m.toMinorUnits())).max().orElseThrow();
    long min = split.stream().mapToLong(m -> Math.abs(m.toMinorUnits())).min().orElseThrow();
    assertThat(max - min).isLessThanOrEqualTo(1);
  }

  @Property
  void allocate_conserves_every_minor_unit(@ForAll("currencies") String code,
      @ForAll @LongRange(min = 0, max = 10_000_000_000L) long minor,
      @ForAll @Size(min = 1, max = 10) List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
    Money total = Money.ofMinor(Money.currency(code), minor);
    long[] w = weights.stream().mapToLong(Long::longValue).toArray();
    if (weights.stream().allMatch(x -> x == 0)) {
      w[0] = 1;
    }
    List<Money> parts = total.allocate(w);
    assertThat(parts.stream().reduce(Money.zero(code), Money::plus)).isEqualTo(total);
    for (int i = 0; i < w.length; i++) {
      if (w[i] == 0) {
        assertThat(parts.get(i).isZero()).isTrue();
      }
    }
  }

  @Property
  void parse_of_toString_is_identity(@ForAll("currencies") String code,
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minor) {
    Money m = Money.ofMinor(Money.currency(code), minor);
    assertThat(Money.parse(m.toString())).isEqualTo(m);
  }

  /** Amounts around zero, around the limits of a long of minor units, and far beyond. */
  @Provide
  Arbitrary<java.math.BigDecimal> anyAmounts() {
    Arbitrary<Long> near = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L);
    Arbitrary<Long> edge = Arbitraries.longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE)
        .flatMap(v -> Arbitraries.of(v, -v, -v - 1));
    Arbitrary<java.math.BigInteger> huge = Arbitraries.bigIntegers()
        .between(java.math.BigInteger.TWO.pow(63).negate().multiply(java.math.BigInteger.valueOf(1000)),
            java.math.BigInteger.TWO.pow(63).multiply(java.math.BigInteger.valueOf(1000)));
    return Arbitraries.oneOf(near.map(java.math.BigInteger::valueOf), edge.map(java.math.BigInteger::valueOf), huge)
        .map(u -> new java.math.BigDecimal(u, 2));
  }

  /**
   * Whatever its internal form (whole minor units in a long, or a BigDecimal beyond), Money
   * computes exactly what BigDecimal arithmetic at the currency's scale gives, and equal amounts are
   * equal with equal hash codes.
   */
  @Property(tries = 500)
  void arithmetic_is_exactly_big_decimal_arithmetic(@ForAll("anyAmounts") java.math.BigDecimal a,
      @ForAll("anyAmounts") java.math.BigDecimal b, @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long k) {
    Money x = Money.of("EUR", a);
    Money y = Money.of("EUR", b);
    assertThat(x.amount()).isEqualTo(a);
    assertThat(x.plus(y).amount()).isEqualTo(a.add(b));
    assertThat(x.minus(y).amount()).isEqualTo(a.subtract(b));
    assertThat(x.negated().amount()).isEqualTo(a.negate());
    assertThat(x.abs().amount()).isEqualTo(a.abs());
    assertThat(x.multipliedBy(k).amount()).isEqualTo(a.multiply(java.math.BigDecimal.valueOf(k)));
    assertThat(x.compareTo(y)).isEqualTo(a.compareTo(b));
    assertThat(x.signum()).isEqualTo(a.signum());
    assertThat(x.toPlainString()).isEqualTo(a.toPlainString());
    Money same = Money.of("EUR", new java.math.BigDecimal(a.unscaledValue(), 2));
    assertThat(same).isEqualTo(x).hasSameHashCodeAs(x);
    assertThat(x.plus(y).minus(y)).isEqualTo(x).hasSameHashCodeAs(x);
    assertThat(Money.parse(x.toString())).isEqualTo(x);
  }

  /** The plain string written from a long's digits is BigDecimal's, for every long and scale. */
  @Property(tries = 3000)
  void the_plain_string_is_bigdecimals(@ForAll long minor, @ForAll @IntRange(min = 0, max = 4) int scale,
      @ForAll @IntRange(min = 0, max = 6) int magnitude) {
    long small = minor % (long) Math.pow(10, magnitude + 1); // short amounts too: 0.05, -0.5, 3
    for (long m : new long[] {minor, small, Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1}) {
      assertThat(Money.plain(m, scale)).as("%d at scale %d", m, scale)
          .isEqualTo(java.math.BigDecimal.valueOf(m, scale).toPlainString());
    }
  }

  @Property
  void money_prints_its_amount_at_the_currency_scale(@ForAll("currencies") String code, @ForAll long minor) {
    Money money = Money.ofMinor(Money.currency(code), minor);
    assertThat(money.toPlainString()).isEqualTo(money.amount().toPlainString());
    assertThat(money.toString()).isEqualTo(code + " " + money.amount().toPlainString());
  }
}
