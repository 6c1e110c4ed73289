package dev.recovery.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class PaymentIndexProperties {

  /** A payment of that id, attributed to debtor {@code D<k % debtors>} or to nobody when {@code k % 3 == 0}. */
  static Payment payment(String id, int k, int debtors) {
    return Payment.of(PaymentId.of(id), LocalDate.of(2025, 1, 1), Money.of("EUR", "1.00"), k % 3 == 0 ? null
        : DebtorId.of("D" + k % debtors), "ref");
  }

  /**
   * Every id finds its own payment, an absent id none, each debtor's payments are those naming it in
   * input order, and a repeated id is refused naming it.
   */
  @Property(tries = 200)
  void every_id_finds_its_payment(
      @ForAll @Size(max = 300) Set<@AlphaChars @NumericChars @StringLength(min = 1, max = 6) String> ids,
      @ForAll @AlphaChars @StringLength(min = 7, max = 9) String absent, @ForAll @IntRange(min = 1, max = 7) int debtors) {
    List<Payment> payments = new ArrayList<>();
    int k = 0;
    for (String id : new LinkedHashSet<>(ids)) {
      payments.add(payment(id, k++, debtors));
    }
    PaymentIndex index = new PaymentIndex(payments);
    for (Payment p : payments) {
      assertThat(index.get(p.id())).isSameAs(p);
    }
    assertThat(index.get(PaymentId.of(absent))).isNull();
    for (int d = 0; d <= debtors; d++) {
      DebtorId debtor = DebtorId.of("D" + d);
      List<Payment> expected = payments.stream().filter(p -> p.debtorId().equals(java.util.Optional.of(debtor)))
          .toList();
      assertThat(index.of(debtor)).containsExactlyElementsOf(expected);
    }
    if (!payments.isEmpty()) {
      List<Payment> twice = new ArrayList<>(payments);
      twice.add(payment(payments.get(0).id().value(), 1, debtors));
      assertThatThrownBy(() -> new PaymentIndex(twice)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("payment " + payments.get(0).id() + " appears twice");
    }
  }
}
