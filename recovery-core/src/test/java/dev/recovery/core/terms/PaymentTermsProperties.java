package dev.recovery.core.terms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.calendar.BusinessDayConvention;
import dev.recovery.core.calendar.HolidayCalendars;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PaymentTermsProperties {

  @Property(tries = 2000)
  void parseOfToStringIsIdentity(@ForAll("terms") PaymentTerms terms) {
    assertThat(PaymentTerms.parse(terms.toString())).isEqualTo(terms);
    assertThat(PaymentTerms.parse(terms.toFrench())).isEqualTo(terms);
    assertThat(PaymentTerms.parse(terms.toString().toUpperCase())).isEqualTo(terms);
  }

  @Property(tries = 2000)
  void dueDateIsNeverBeforeTheInvoiceDate(@ForAll("terms") PaymentTerms terms, @ForAll("dates") LocalDate invoice,
      @ForAll BusinessDayConvention convention) {
    // rolling backwards (PRECEDING) can only go before the invoice date for terms due on it
    PaymentTerms adjusted = terms.withAdjustment(convention, HolidayCalendars.FR);
    LocalDate due = adjusted.dueDate(invoice);
    if (convention == BusinessDayConvention.NONE || convention == BusinessDayConvention.FOLLOWING) {
      assertThat(due).isAfterOrEqualTo(invoice);
      assertThat(due).isAfterOrEqualTo(invoice.plusDays(terms.maxDays()));
    }
    assertThat(terms.dueDate(invoice)).isAfterOrEqualTo(invoice);
    LocalDate previous = invoice;
    for (int i = 1; i <= terms.installmentCount(); i++) {
      LocalDate d = terms.dueDate(invoice, i);
      assertThat(d).isAfterOrEqualTo(previous);
      previous = d;
    }
    assertThat(previous).isEqualTo(terms.dueDate(invoice));
  }

  @Property(tries = 1000)
  void installmentsSumToTheAmountExactly(@ForAll("terms") PaymentTerms terms, @ForAll("dates") LocalDate invoice,
      @ForAll("amounts") Money amount) {
    List<Installment> list = terms.dueDates(invoice, amount);
    assertThat(list).hasSize(terms.installmentCount());
    Money sum = list.stream().map(Installment::amount).reduce(Money.zero(amount.currency()), Money::plus);
    assertThat(sum).isEqualTo(amount);
    for (int i = 0; i < list.size(); i++) {
      assertThat(list.get(i).number()).isEqualTo(i + 1);
      assertThat(list.get(i).dueDate()).isEqualTo(terms.dueDate(invoice, i + 1));
    }
  }

  @Property(tries = 1000)
  void endOfMonthReadingsDifferByLessThanAMonth(@ForAll("days") int days, @ForAll("dates") LocalDate invoice) {
    LocalDate a = PaymentTerms.endOfMonth(days, EomMethod.ADD_THEN_EOM).dueDate(invoice);
    LocalDate b = PaymentTerms.endOfMonth(days, EomMethod.EOM_THEN_ADD).dueDate(invoice);
    assertThat(a.getDayOfMonth()).isEqualTo(a.lengthOfMonth());
    assertThat(b).isAfterOrEqualTo(invoice.plusDays(days));
    assertThat(a).isAfterOrEqualTo(invoice.plusDays(days));
    assertThat(Math.abs(a.toEpochDay() - b.toEpochDay())).isLessThanOrEqualTo(31);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 3650).edgeCases(e -> e.includeOnly(0, 30, 3650));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2150, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<Money> amounts() {
    return Arbitraries.longs().between(0, 10_000_000_000L).map(c -> Money.ofMinor(Money.currency("EUR"), c));
  }

  @Provide
  Arbitrary<PaymentTerms> terms() {
    Arbitrary<Integer> days = days();
    Arbitrary<EomMethod> method = Arbitraries.of(EomMethod.class);
    Arbitrary<Integer> dom = Arbitraries.integers().between(1, 31);
    Arbitrary<PaymentTerms> single = Arbitraries.oneOf(
        Arbitraries.just(PaymentTerms.onReceipt()),
        days.map(PaymentTerms::net),
        Combinators.combine(days, method).as(PaymentTerms::endOfMonth),
        Combinators.combine(days, dom, method).as(PaymentTerms::endOfMonthOnDay));
    Arbitrary<PaymentTerms> withDiscount = Combinators.combine(single, percents(), Arbitraries.integers().between(0, 3649))
        .filter((t, p, d) -> d < t.days().get(0))
        .as((t, p, d) -> t.withDiscount(p, d));
    Arbitrary<int[]> dayLists = Arbitraries.integers().between(1, 400).array(int[].class).ofMinSize(2).ofMaxSize(12)
        .map(steps -> {
          int[] result = new int[steps.length];
          int acc = 0;
          for (int i = 0; i < steps.length; i++) {
            acc += steps[i];
            result[i] = Math.min(acc, 3650 - (steps.length - 1 - i));
          }
          for (int i = 1; i < result.length; i++) {
            result[i] = Math.max(result[i], result[i - 1] + 1);
          }
          return result;
        });
    Arbitrary<PaymentTerms> installments = Arbitraries.oneOf(
        dayLists.map(PaymentTerms::installments),
        Combinators.combine(dayLists, method).as((d, m) -> PaymentTerms.installmentsEndOfMonth(m, d)),
        Combinators.combine(dayLists, method, dom)
            .as((d, m, dm) -> PaymentTerms.installmentsEndOfMonth(m, d).withDayOfMonth(dm)));
    return Arbitraries.oneOf(single, withDiscount, installments);
  }

  private Arbitrary<BigDecimal> percents() {
    // 0.01 to 99.99 with up to two decimals
    return Arbitraries.integers().between(1, 9999).map(unscaled -> BigDecimal.valueOf(unscaled, 2).stripTrailingZeros());
  }
}
