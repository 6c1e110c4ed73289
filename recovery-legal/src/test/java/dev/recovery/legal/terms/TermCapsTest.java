package dev.recovery.legal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermCapsTest {

  /**
   * Sources: C. com. L441-10 I (60 days, or 45 days end of month; both end-of-month readings, DGCCRF);
   * Code de la commande publique R2192-10 (30 days); Directive 2011/7/EU art. 3(5), 4(3); Late Payment
   * of Commercial Debts Regulations 2013; Prompt Payment Act 31 U.S.C. 3903.
   */
  @ParameterizedTest(name = "{0} {1} ''{2}'' from {3} -> due {4}, within={5}, latest={6}")
  @CsvSource(nullValues = "-", delimiter = '|', value = {
      "FR | business | 60 days                  | 2025-01-15 | 2025-03-16 | true  | 2025-03-16",
      "FR | business | 75 days                  | 2025-01-15 | 2025-03-31 | false | 2025-03-16",
      // 45 days EOM (invoice + 45 = 1 March -> 31 March) is later than 60 days (16 March)
      "FR | business | 45 jours fin de mois     | 2025-01-15 | 2025-03-31 | true  | 2025-03-31",
      "FR | business | 60 jours fin de mois     | 2025-01-05 | 2025-03-31 | false | 2025-03-06",
      // reading B: end of January + 45 days = 17 March
      "FR | business | fin de mois + 45 jours   | 2025-01-15 | 2025-03-17 | true  | 2025-03-17",
      "FR | public   | 30 days                  | 2025-01-15 | 2025-02-14 | true  | 2025-02-14",
      "FR | public   | 45 days                  | 2025-01-15 | 2025-03-01 | false | 2025-02-14",
      "FR | consumer | 90 days                  | 2025-01-15 | 2025-04-15 | true  | -",
      "EU | business | 90 days                  | 2025-01-15 | 2025-04-15 | false | 2025-03-16",
      "EU | public   | 30 days                  | 2025-01-15 | 2025-02-14 | true  | 2025-02-14",
      "UK | business | 60 days                  | 2025-01-15 | 2025-03-16 | true  | 2025-03-16",
      "UK | public   | 31 days                  | 2025-01-15 | 2025-02-15 | false | 2025-02-14",
      "US | business | 120 days                 | 2025-01-15 | 2025-05-15 | true  | -",
      "US | public   | 45 days                  | 2025-01-15 | 2025-03-01 | false | 2025-02-14",
  })
  void caps(String j, String type, String terms, LocalDate invoice, LocalDate due, boolean within, LocalDate latest) {
    TermCaps caps = switch (j) {
      case "FR" -> TermCaps.france();
      case "EU" -> TermCaps.eu();
      case "UK" -> TermCaps.uk();
      default -> TermCaps.us();
    };
    TermCapCheck c = caps.check(PaymentTerms.parse(terms), invoice, DebtorType.parse(type));
    assertThat(c.dueDate()).isEqualTo(due);
    assertThat(c.withinCap()).isEqualTo(within);
    assertThat(c.latestLawfulDueDate().orElse(null)).isEqualTo(latest);
    assertThat(c.reference()).isNotBlank();
  }
}
