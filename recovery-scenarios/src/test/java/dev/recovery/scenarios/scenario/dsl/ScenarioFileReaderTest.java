package dev.recovery.scenarios.scenario.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import dev.recovery.scenarios.scenario.DueOffset;
import dev.recovery.scenarios.scenario.HandOverTarget;
import dev.recovery.scenarios.scenario.Scenario;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.SkipCondition;
import dev.recovery.scenarios.scenario.Tone;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioFileReaderTest {

  static final ScenarioFileReader READER = ScenarioFileReader.standard();

  @Test
  void the_shipped_file_reads_with_its_five_scenarios() {
    ScenarioBook book = READER.read(Path.of("../examples/data/scenarios.yaml"));
    assertThat(book.scenarios()).extracting(Scenario::id)
        .containsExactly("standard-b2b", "key-account", "public-or-large", "risky", "consumer-fr");
    Scenario standard = book.get("standard-b2b").orElseThrow();
    assertThat(standard.settings().minimumOverdue()).contains(Money.parse("EUR 15.00"));
    assertThat(standard.steps()).hasSize(7);
    assertThat(standard.steps().get(0).when()).isEqualTo(DueOffset.minusDays(7));
    assertThat(standard.steps().get(1).skipIf()).containsExactly(SkipCondition.CLEAN_PAYER);
    assertThat(standard.steps().get(5).channel()).contains(Channel.REGISTERED_LETTER);
    assertThat(standard.steps().get(6).handOverTo()).contains(HandOverTarget.AGENCY);
    assertThat(book.get("key-account").orElseThrow().settings().tone()).isEqualTo(Tone.COURTEOUS);
    assertThat(book.get("key-account").orElseThrow().steps().get(5).requiresApproval()).isTrue();
    assertThat(book.get("consumer-fr").orElseThrow().appliesTo().debtorTypes()).containsExactly(DebtorType.CONSUMER);
  }

  @Test
  void the_file_form_equals_the_java_builder_form() {
    ScenarioBook book = READER.read("""
        scenarios:
          - id: mini
            name: Mini
            applies-to: {segments: [standard], debtor-types: [business]}
            settings: {minimum-overdue: EUR 15.00, promise-grace-days: 3}
            steps:
              - {id: reminder-1, when: due + 3 days, channel: email, template: reminder}
              - {id: call-1, when: due + 15 days, channel: phone, script: first-call}
              - {id: agency, when: due + 60 days, action: hand-over, to: agency}
        """, "mini.yaml");
    Scenario built = Scenario.builder("mini").name("Mini").segments("standard").debtorTypes(DebtorType.BUSINESS)
        .minimumOverdue(Money.parse("EUR 15.00")).promiseGraceDays(3)
        .email("reminder-1", DueOffset.plusDays(3), "reminder")
        .call("call-1", DueOffset.plusDays(15), "first-call")
        .handOver("agency", DueOffset.plusDays(60), HandOverTarget.AGENCY)
        .build();
    assertThat(book.scenarios()).containsExactly(built);
  }

  @Test
  void every_error_is_reported_with_line_column_and_field() {
    String text = """
        scenarios:
          - id: bad
            colour: blue
            steps:
              - {id: s1, when: due + x days, channel: email, template: reminder}
              - {id: s2, when: due + 5 days, channel: fax, template: reminder}
              - {id: s3, when: due + 6 days, channel: email, template: no-such-template}
              - {id: s3, when: due + 7 days, channel: email, template: reminder}
              - {id: h, when: due + 8 days, action: hand-over, to: agency}
              - {id: after, when: due + 9 days, channel: email, template: reminder}
        """;
    assertThatThrownBy(() -> READER.read(text, "bad.yaml"))
        .isInstanceOf(ScenarioFileException.class)
        .satisfies(e -> {
          List<ScenarioFileError> errors = ((ScenarioFileException) e).errors();
          assertThat(errors).extracting(ScenarioFileError::field).containsExactly(
              "scenarios[0].colour", "scenarios[0].steps[0].when", "scenarios[0].steps[1].channel",
              "scenarios[0].steps[2].template", "scenarios[0].steps[3].id", "scenarios[0].steps[5]");
          assertThat(errors.get(0).line()).isEqualTo(3);
          assertThat(errors.get(0).message()).contains("unknown key 'colour'");
          assertThat(errors.get(1).line()).isEqualTo(5);
          assertThat(errors.get(1).message()).contains("due + x days");
          assertThat(errors.get(3).message()).contains("unknown template 'no-such-template'").contains("reminder");
          assertThat(errors.get(4).message()).contains("'s3' is repeated");
          assertThat(errors.get(5).message()).contains("after the hand-over 'h'");
          assertThat(errors.get(0).toString()).startsWith("bad.yaml:3:");
        });
  }

  @Test
  void syntax_errors_and_empty_files_are_clear() {
    assertThatThrownBy(() -> READER.read("scenarios: [ {id: x", "broken.yaml"))
        .isInstanceOf(ScenarioFileException.class).hasMessageContaining("broken.yaml:");
    assertThatThrownBy(() -> READER.read("", "empty.yaml")).hasMessageContaining("empty");
    assertThatThrownBy(() -> READER.read("other: 1", "x.yaml")).hasMessageContaining("scenarios");
  }

  @Test
  void json_is_read_too() {
    ScenarioBook book = READER.read("{\"scenarios\": [{\"id\": \"j\", \"steps\": [{\"id\": \"r\", \"when\": \"due\","
        + " \"channel\": \"email\", \"template\": \"reminder\"}]}]}", "s.json");
    assertThat(book.get("j")).isPresent();
  }
}
