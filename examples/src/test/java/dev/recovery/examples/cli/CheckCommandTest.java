package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.io.CaseEventJsonl;
import dev.recovery.core.ledger.DebtorId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir
  Path dir;

  private static JsonNode decision(JsonNode doc, String rule) {
    for (JsonNode d : doc.get("decisions")) {
      if (d.get("rule").asText().equals(rule)) {
        return d;
      }
    }
    throw new AssertionError("no decision " + rule + " in " + doc);
  }

  @Test
  void frenchSundayIsBlockedWithTheNextAllowedInstant() {
    CliRunner.Result r = CliRunner.run("check", "--jurisdiction", "FR", "--debtor-type", "consumer", "--debtor-zone",
        "Europe/Paris", "--channel", "phone", "--at", "2025-03-30T10:00+01:00", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("allowed").asBoolean()).isFalse();
    JsonNode hours = decision(j, "contact-hours");
    assertThat(hours.get("outcome").asText()).isEqualTo("block");
    assertThat(hours.get("nextAllowedAt").asText()).isEqualTo("2025-03-31T08:00+02:00");
    assertThat(hours.get("reference").asText()).isNotBlank();
    assertThat(hours.get("reason").asText()).contains("sunday");
    assertThat(decision(j, "opt-out").get("outcome").asText()).isEqualTo("allow");
  }

  @Test
  void regFSevenCallsFromTheEventsFileBlockTheEighth() throws Exception {
    DebtorId d = DebtorId.of("C-42");
    List<CaseEvent> events = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      events.add(new Contact(d, OffsetDateTime.parse(String.format("2024-05-%02dT10:00-04:00", day)), Channel.PHONE,
          Contact.Direction.OUTBOUND, Contact.Outcome.NO_ANSWER, "debtor", Optional.of("INV-1"), List.of(),
          Optional.empty()));
    }
    Path file = dir.resolve("events.jsonl");
    CaseEventJsonl.write(events, file);
    CliRunner.Result r = CliRunner.run("check", "--jurisdiction", "US", "--debtor-type", "consumer", "--debtor-zone",
        "America/New_York", "--channel", "phone", "--at", "2024-05-07T15:00-04:00", "--events", file.toString(),
        "--debt", "INV-1", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.json().get("allowed").asBoolean()).isFalse();
    assertThat(decision(r.json(), "call-frequency").get("reference").asText()).contains("1006.14(b)(2)(i)");
    CliRunner.Result other = CliRunner.run("check", "--jurisdiction", "US", "--debtor-type", "consumer",
        "--debtor-zone", "America/New_York", "--channel", "phone", "--at", "2024-05-07T15:00-04:00", "--events",
        file.toString(), "--debt", "INV-2", "--json");
    assertThat(other.json().get("allowed").asBoolean()).isTrue();
  }

  @Test
  void voicemailWordsAreNamedAndProfileIsUsed() {
    CliRunner.Result r = CliRunner.run("check", "--jurisdiction", "US", "--debtor-type", "consumer", "--debtor-zone",
        "America/Chicago", "--channel", "voicemail", "--at", "2024-05-07T12:00-05:00", "--message",
        "Call ACME Collections about your debt", "--json");
    assertThat(r.json().get("allowed").asBoolean()).isFalse();
    assertThat(decision(r.json(), "message-content").get("reason").asText()).contains("collections", "debt");
    CliRunner.Result canvassing = CliRunner.run("check", "--jurisdiction", "FR", "--debtor-type", "consumer",
        "--debtor-zone", "Europe/Paris", "--channel", "phone", "--at", "2025-05-06T13:30+02:00", "--profile",
        "fr-canvassing", "--json");
    assertThat(canvassing.json().get("allowed").asBoolean()).isFalse();
    assertThat(canvassing.json().get("nextAllowedAt").asText()).isEqualTo("2025-05-06T14:00+02:00");
    CliRunner.Result text = CliRunner.run("check", "--jurisdiction", "FR", "--debtor-type", "business",
        "--debtor-zone", "Europe/Paris", "--channel", "email", "--at", "2025-05-06T13:30+02:00");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("ALLOWED");
  }

  @Test
  void badInputExitsTwoNamingTheOption() throws Exception {
    CliRunner.Result zone = CliRunner.run("check", "--jurisdiction", "FR", "--debtor-type", "consumer", "--debtor-zone",
        "Mars/Base", "--channel", "phone", "--at", "2025-05-06T10:00+02:00");
    assertThat(zone.exitCode()).isEqualTo(2);
    assertThat(zone.err()).contains("--debtor-zone");
    CliRunner.Result at = CliRunner.run("check", "--jurisdiction", "FR", "--debtor-type", "consumer", "--debtor-zone",
        "Europe/Paris", "--channel", "phone", "--at", "2025-05-06T10:00");
    assertThat(at.exitCode()).isEqualTo(2);
    assertThat(at.err()).contains("--at");
    CliRunner.Result ch = CliRunner.run("check", "--jurisdiction", "FR", "--debtor-type", "consumer", "--debtor-zone",
        "Europe/Paris", "--channel", "pigeon", "--at", "2025-05-06T10:00+02:00");
    assertThat(ch.exitCode()).isEqualTo(2);
    assertThat(ch.err()).contains("--channel");
    CliRunner.Result profile = CliRunner.run("check", "--jurisdiction", "FR", "--debtor-type", "consumer",
        "--debtor-zone", "Europe/Paris", "--channel", "phone", "--at", "2025-05-06T10:00+02:00", "--profile", "nope");
    assertThat(profile.exitCode()).isEqualTo(2);
    assertThat(profile.err()).contains("--profile");
    CliRunner.Result missing = CliRunner.run("check", "--jurisdiction", "FR", "--debtor-type", "consumer",
        "--debtor-zone", "Europe/Paris", "--channel", "phone", "--at", "2025-05-06T10:00+02:00", "--events",
        dir.resolve("none.jsonl").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--events");
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"type\":\"contact\"}\n");
    CliRunner.Result badFile = CliRunner.run("check", "--jurisdiction", "FR", "--debtor-type", "consumer",
        "--debtor-zone", "Europe/Paris", "--channel", "phone", "--at", "2025-05-06T10:00+02:00", "--events",
        bad.toString());
    assertThat(badFile.exitCode()).isEqualTo(2);
    assertThat(badFile.err()).contains("bad.jsonl");
  }
}
