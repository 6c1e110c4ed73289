package dev.recovery.core.casefile;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A payment plan agreed with the debtor: its installments replace the dunning schedule of the
 * invoices it covers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor account
 * @param agreed the day it was agreed
 * @param invoices the invoices it covers
 * @param installments the installments, by due date
 */
public record PaymentPlan(DebtorId debtorId, LocalDate agreed, List<InvoiceId> invoices,
    List<PlanInstallment> installments) implements CaseEvent {

  /**
   * One installment of a plan.
   *
   * @param dueDate when it is due
   * @param amount how much
   */
  public record PlanInstallment(LocalDate dueDate, Money amount) {
    /** Validates the fields. */
    public PlanInstallment {
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(amount, "amount");
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("installment amount must be positive, was " + amount);
      }
    }
  }

  /** Validates the fields and sorts the installments by date. */
  public PaymentPlan {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(agreed, "agreed");
    invoices = List.copyOf(Objects.requireNonNull(invoices, "invoices"));
    installments = Objects.requireNonNull(installments, "installments").stream()
        .sorted(java.util.Comparator.comparing(PlanInstallment::dueDate)).toList();
    if (installments.isEmpty()) {
      throw new IllegalArgumentException("a payment plan needs at least one installment");
    }
    var currency = installments.get(0).amount().currency();
    for (PlanInstallment i : installments) {
      if (!i.amount().currency().equals(currency)) {
        throw new dev.recovery.core.money.CurrencyMismatchException(currency, i.amount().currency());
      }
    }
  }

  /** The total of the installments. */
  public Money total() {
    Money t = Money.zero(installments.get(0).amount().currency());
    for (PlanInstallment i : installments) {
      t = t.plus(i.amount());
    }
    return t;
  }

  @Override
  public LocalDate date() {
    return agreed;
  }

  @Override
  public String type() {
    return "payment_plan";
  }
}
