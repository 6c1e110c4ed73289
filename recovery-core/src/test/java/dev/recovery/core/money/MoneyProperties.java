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
}
