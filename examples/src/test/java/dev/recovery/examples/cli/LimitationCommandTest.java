package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.Acknowledgement;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.io.CaseEventJsonl;
import dev.recovery.core.ledger.DebtorId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitationCommandTest {

  @TempDir
  Path dir;

  /** C. consom. L218-2 and C. com. L110-4; C. civ. 2240. */
  @Test
  void frenchLimitationWithAndWithoutAcknowledgement() throws Exception {
    CliRunner.Result consumer = CliRunner.run("limitation", "--jurisdiction", "FR", "--debtor-type", "consumer",
        "--due-date", "2024-03-15", "--json");
    assertThat(consumer.exitCode()).as(consumer.err()).isZero();
    assertThat(consumer.json().get("limitationDate").asText()).isEqualTo("2026-03-15");
    assertThat(consumer.json().get("reference").asText()).isEqualTo("C. consom. L218-2");

    DebtorId d = DebtorId.of("D1");
    Path file = dir.resolve("events.jsonl");
    CaseEventJsonl.write(List.of(new Acknowledgement(d, LocalDate.of(2025, 1, 10), List.of()),
        Contact.outbound(d, OffsetDateTime.parse("2024-06-01T10:00+02:00"), Channel.REGISTERED_LETTER,
            Contact.Outcome.SENT)), file);
    CliRunner.Result business = CliRunner.run("limitation", "--jurisdiction", "FR", "--debtor-type", "business",
        "--due-date", "2024-03-15", "--events", file.toString(), "--as-of", "2029-06-01", "--json");
    assertThat(business.json().get("limitationDate").asText()).isEqualTo("2030-01-10");
    assertThat(business.json().get("reference").asText()).isEqualTo("C. com. L110-4");
    assertThat(business.json().get("timeBarred").asBoolean()).isFalse();
    assertThat(business.json().get("explanation").asText()).contains("formal notice");
  }

  @Test
  void ukAndBadInput() {
    CliRunner.Result uk = CliRunner.run("limitation", "--jurisdiction", "UK", "--debtor-type", "business",
        "--due-date", "2024-03-15", "--json");
    assertThat(uk.json().get("limitationDate").asText()).isEqualTo("2030-03-16");
    CliRunner.Result text = CliRunner.run("limitation", "--jurisdiction", "UK", "--debtor-type", "business",
        "--due-date", "2024-03-15");
    assertThat(text.out()).contains("2030-03-16");
    CliRunner.Result bad = CliRunner.run("limitation", "--jurisdiction", "FR", "--debtor-type", "robot",
        "--due-date", "2024-03-15");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--debtor-type");
  }
}
