package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the allocation-free helpers of the reconciliation engine against their plain definitions. */
class ReconciliationRunProperties {

  @Provide
  Arbitrary<String> rfLike() {
    Arbitrary<String> prefix = Arbitraries.of("RF", "rf", "Rf", "rF", "R F", "RG", "QF", "ﬀ", "ŕf", "");
    Arbitrary<String> space = Arbitraries.strings().withChars(" \t\n\u2003\u00a0\u3000\u2028").ofMaxLength(3);
    Arbitrary<String> body = Arbitraries.strings().withChars("RFrf0123456789 -\u00dfı\uD83D\uDE00").ofMaxLength(8);
    return net.jqwik.api.Combinators.combine(space, prefix, body, space).as((a, p, b, c) -> a + p + b + c);
  }

  @Property(tries = 3000)
  void looks_like_rf_is_the_stripped_upper_case_prefix(@ForAll("rfLike") String text) {
    assertThat(ReconciliationRun.looksLikeRf(text)).as(text).isEqualTo(plainLooksLikeRf(text));
  }

  @Property(tries = 2000)
  void looks_like_rf_on_any_text(@ForAll String text) {
    assertThat(ReconciliationRun.looksLikeRf(text)).as(text).isEqualTo(plainLooksLikeRf(text));
  }

  @Example
  void examples() {
    assertThat(ReconciliationRun.looksLikeRf("  rf18539007547034 ")).isTrue();
    assertThat(ReconciliationRun.looksLikeRf("RF12")).isFalse();
    assertThat(ReconciliationRun.looksLikeRf(" RF1 \t")).isFalse();
    assertThat(ReconciliationRun.looksLikeRf("INV-2025-0001")).isFalse();
  }

  private static boolean plainLooksLikeRf(String s) {
    String t = s.strip();
    return t.length() >= 5 && t.substring(0, 2).toUpperCase(Locale.ROOT).equals("RF");
  }

  /** The first repeated payment id found by the primitive table is the one a hash set finds. */
  @Property(tries = 500)
  void the_first_repeated_payment_is_the_one_a_hash_set_finds(
      @ForAll java.util.List<@net.jqwik.api.constraints.IntRange(min = 0, max = 60) Integer> ids) {
    java.util.List<dev.recovery.core.ledger.Payment> payments = new java.util.ArrayList<>();
    for (int id : ids) {
      payments.add(dev.recovery.core.ledger.Payment.of(dev.recovery.core.ledger.PaymentId.of("P" + id),
          java.time.LocalDate.of(2025, 1, 1), dev.recovery.core.money.Money.of("EUR", "1.00"), null, "x"));
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    int expected = -1;
    for (int k = 0; k < ids.size() && expected < 0; k++) {
      if (!seen.add("P" + ids.get(k))) {
        expected = k;
      }
    }
    assertThat(ReconciliationRun.firstRepeated(payments)).isEqualTo(expected);
  }
}
