package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MatchTest {

  private static final PaymentId P = PaymentId.of("P-1");
  private static final DebtorId D = DebtorId.of("D-1");
  private static final LocalDate ON = LocalDate.of(2025, 3, 14);
  private static final Money PAID = Money.of("EUR", "120.00");
  private static final List<Allocation> ALLOCATIONS =
      List.of(Allocation.ofPayment(P, InvoiceId.of("F-1"), Money.of("EUR", "100.00"), ON));
  private static final Money REST = Money.of("EUR", "20.00");
  private static final String WHY = "the amount exceeds the open EUR 100.00: the rest is unapplied credit";

  private static Match eager(String explanation) {
    return new Match(P, D, MatchRule.REFERENCE, 0.97, PayerIdentification.DEBTOR_ID, PAID, ALLOCATIONS,
        Optional.empty(), REST, explanation);
  }

  @Test
  void aDeferredExplanationIsWrittenWhenReadAndTheMatchEqualsTheOneWithItsText() {
    AtomicInteger written = new AtomicInteger();
    Match deferred = Match.deferred(P, D, MatchRule.REFERENCE, 0.97, PayerIdentification.DEBTOR_ID, PAID,
        ALLOCATIONS, Optional.empty(), REST, () -> {
          written.incrementAndGet();
          return WHY;
        });
    assertThat(written).hasValue(0);
    assertThat(deferred.explanation()).isEqualTo(WHY);
    assertThat(written).hasValue(1);
    Match eager = eager(WHY);
    assertThat(deferred).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(eager).isEqualTo(deferred);
    assertThat(deferred.toString()).isEqualTo(eager.toString());
    assertThat(deferred).isNotEqualTo(eager("another text"));
  }

  @Test
  void printsAsARecordOfItsFields() {
    assertThat(eager(WHY).toString()).isEqualTo("Match[paymentId=P-1, debtorId=D-1, rule=REFERENCE, confidence=0.97, "
        + "identifiedBy=DEBTOR_ID, amount=EUR 120.00, allocations=" + ALLOCATIONS + ", writeOff=Optional.empty, "
        + "unapplied=EUR 20.00, explanation=" + WHY + "]");
  }

  @Test
  void allocationsPlusUnappliedMustBeTheAmount() {
    assertThatThrownBy(() -> new Match(P, D, MatchRule.REFERENCE, 0.97, PayerIdentification.DEBTOR_ID, PAID,
        ALLOCATIONS, Optional.empty(), Money.of("EUR", "19.99"), WHY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("match of P-1: allocations plus unapplied are EUR 119.99, not the payment's EUR 120.00");
  }

  @Test
  void aDeferredExplanationThatGivesNullIsRefusedWhenRead() {
    Match deferred = Match.deferred(P, D, MatchRule.REFERENCE, 0.97, PayerIdentification.DEBTOR_ID, PAID,
        ALLOCATIONS, Optional.empty(), REST, () -> null);
    assertThatThrownBy(deferred::explanation).isInstanceOf(NullPointerException.class)
        .hasMessage("the explanation of the match of P-1 is null");
  }
}
