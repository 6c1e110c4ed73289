package dev.recovery.legal.limitation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.Acknowledgement;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.legal.JurisdictionId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitationRuleTest {

  private static final DebtorId D = DebtorId.of("D1");

  private static CaseFile file(String ack, String notice) {
    List<CaseEvent> events = new ArrayList<>();
    if (ack != null) {
      events.add(new Acknowledgement(D, LocalDate.parse(ack), List.of()));
    }
    if (notice != null) {
      events.add(Contact.outbound(D, LocalDate.parse(notice).atTime(10, 0).atOffset(ZoneOffset.UTC),
          Channel.REGISTERED_LETTER, Contact.Outcome.SENT));
    }
    return CaseFile.of(D, events);
  }

  /**
   * Sources: C. consom. L218-2 (2 years), C. com. L110-4 (5 years), C. civ. 2240 and 2231 (an
   * acknowledgement restarts a period of the same length; a formal notice does not interrupt),
   * C. civ. 2228-2229 (day counting); Limitation Act 1980 s.5, s.29(5), s.29(7).
   */
  @ParameterizedTest(name = "{0} {1} due {2} ack={3} notice={4} -> {5}")
  @CsvSource(nullValues = "-", value = {
      "FR, business, 2024-03-15, -, -, 2029-03-15",
      "FR, consumer, 2024-03-15, -, -, 2026-03-15",
      "FR, public, 2024-03-15, -, -, 2029-03-15",
      "FR, consumer, 2024-03-15, 2025-01-10, -, 2027-01-10",
      "FR, business, 2024-03-15, 2025-01-10, -, 2030-01-10",
      "FR, consumer, 2024-03-15, -, 2024-05-01, 2026-03-15",
      // acknowledgement after expiry does not revive the claim
      "FR, consumer, 2024-03-15, 2026-06-01, -, 2026-03-15",
      // acknowledgement on the last day still restarts
      "FR, consumer, 2024-03-15, 2026-03-15, -, 2028-03-15",
      "UK, business, 2024-03-15, -, -, 2030-03-16",
      "UK, consumer, 2024-03-15, 2025-02-01, 2024-06-01, 2031-02-01",
  })
  void limitationDate(String j, String type, LocalDate due, String ack, String notice, LocalDate expected) {
    LimitationRule rule = j.equals("FR") ? LimitationRule.france() : LimitationRule.uk();
    LimitationResult r = rule.compute(due, DebtorType.parse(type), file(ack, notice));
    assertThat(r.limitationDate()).contains(expected);
    assertThat(r.isTimeBarred(expected)).isFalse();
    assertThat(r.isTimeBarred(expected.plusDays(1))).isTrue();
    if (notice != null) {
      assertThat(r.explanation()).contains("formal notice").contains("do not interrupt");
    }
  }

  @Test
  void referencesNameTheArticles() {
    assertThat(LimitationRule.france().compute(LocalDate.of(2024, 1, 1), DebtorType.CONSUMER, CaseFile.empty(D))
        .reference()).isEqualTo("C. consom. L218-2");
    assertThat(LimitationRule.france().compute(LocalDate.of(2024, 1, 1), DebtorType.BUSINESS, CaseFile.empty(D))
        .reference()).isEqualTo("C. com. L110-4");
    assertThat(LimitationRule.uk().compute(LocalDate.of(2024, 1, 1), DebtorType.BUSINESS, CaseFile.empty(D))
        .reference()).contains("Limitation Act 1980");
  }

  @Test
  void acknowledgementOfAnotherInvoiceIsIgnoredWhenAnInvoiceIsGiven() {
    CaseFile f = CaseFile.of(D, List.of(new Acknowledgement(D, LocalDate.of(2025, 1, 10), List.of(InvoiceId.of("F-2")))));
    LimitationResult r = LimitationRule.france().compute(LocalDate.of(2024, 3, 15), DebtorType.CONSUMER,
        Optional.of(InvoiceId.of("F-1")), f);
    assertThat(r.limitationDate()).contains(LocalDate.of(2026, 3, 15));
    assertThat(r.restartedOn()).isEmpty();
    LimitationResult all = LimitationRule.france().compute(LocalDate.of(2024, 3, 15), DebtorType.CONSUMER, f);
    assertThat(all.restartedOn()).containsExactly(LocalDate.of(2025, 1, 10));
  }

  @Test
  void notModelledHasNoDate() {
    LimitationResult r = LimitationRule.notModelled(JurisdictionId.US, "state law")
        .compute(LocalDate.of(2024, 1, 1), DebtorType.CONSUMER, CaseFile.empty(D));
    assertThat(r.limitationDate()).isEmpty();
    assertThat(r.isTimeBarred(LocalDate.of(2099, 1, 1))).isFalse();
  }
}
