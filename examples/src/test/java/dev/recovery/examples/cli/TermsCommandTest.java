package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TermsCommandTest {

  @Test
  void worked_example_30_jours_fin_de_mois_add_then_eom() {
    CliRunner.Result r = CliRunner.run("terms", "--terms", "30 jours fin de mois", "--invoice-date", "2025-01-15", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("terms").asText()).isEqualTo("30 days end of month");
    assertThat(doc.get("dueDate").asText()).isEqualTo("2025-02-28");
    assertThat(doc.get("installments")).hasSize(1);
    assertThat(doc.get("discount").isNull()).isTrue();
  }

  @Test
  void worked_example_eom_then_add_with_following_on_the_french_calendar() {
    CliRunner.Result r = CliRunner.run("terms", "--terms", "30 jours fin de mois", "--invoice-date", "2025-01-15",
        "--eom-method", "eom-then-add", "--json");
    assertThat(r.json().get("dueDate").asText()).isEqualTo("2025-03-02");
    r = CliRunner.run("terms", "--terms", "30 jours fin de mois", "--invoice-date", "2025-01-15",
        "--eom-method", "eom-then-add", "--business-day", "following", "--calendar", "FR", "--json");
    assertThat(r.json().get("dueDate").asText()).isEqualTo("2025-03-03");
  }

  @Test
  void installments_are_split_to_the_cent_and_amounts_are_strings() {
    JsonNode doc = CliRunner.run("terms", "--terms", "30/60/90 jours", "--invoice-date", "2025-01-15",
        "--amount", "100.00", "--currency", "EUR", "--json").json();
    assertThat(doc.get("installments")).hasSize(3);
    assertThat(doc.get("installments").get(0).get("amount").isTextual()).isTrue();
    assertThat(doc.get("installments").get(0).get("amount").asText()).isEqualTo("33.34");
    assertThat(doc.get("installments").get(2).get("amount").asText()).isEqualTo("33.33");
    assertThat(doc.get("dueDate").asText()).isEqualTo(doc.get("installments").get(2).get("dueDate").asText());
  }

  @Test
  void discount_is_reported() {
    JsonNode doc = CliRunner.run("terms", "--terms", "2/10 net 30", "--invoice-date", "2025-01-15",
        "--amount", "1000.00", "--json").json();
    assertThat(doc.get("dueDate").asText()).isEqualTo("2025-02-14");
    assertThat(doc.get("discount").get("deadline").asText()).isEqualTo("2025-01-25");
    assertThat(doc.get("discount").get("amountIfPaidByDeadline").asText()).isEqualTo("980.00");
  }

  @Test
  void bad_terms_exit_2_and_name_the_option_and_the_position() {
    CliRunner.Result r = CliRunner.run("terms", "--terms", "30 jours fin de moiss", "--invoice-date", "2025-01-15");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--terms").contains("'30 jours fin de moiss'").contains("position");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void bad_date_bad_amount_and_bad_convention_exit_2() {
    assertThat(CliRunner.run("terms", "--terms", "net 30", "--invoice-date", "2025-13-01").exitCode()).isEqualTo(2);
    CliRunner.Result amount = CliRunner.run("terms", "--terms", "net 30", "--invoice-date", "2025-01-01", "--amount", "1,5");
    assertThat(amount.exitCode()).isEqualTo(2);
    assertThat(amount.err()).contains("--amount");
    CliRunner.Result conv = CliRunner.run("terms", "--terms", "net 30", "--invoice-date", "2025-01-01", "--business-day", "sideways");
    assertThat(conv.exitCode()).isEqualTo(2);
    assertThat(conv.err()).contains("--business-day");
    CliRunner.Result cal = CliRunner.run("terms", "--terms", "net 30", "--invoice-date", "2025-01-01", "--calendar", "XX");
    assertThat(cal.exitCode()).isEqualTo(2);
    assertThat(cal.err()).contains("--calendar");
  }

  @Test
  void missing_required_option_exits_2() {
    CliRunner.Result r = CliRunner.run("terms", "--invoice-date", "2025-01-15");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--terms");
  }

  @Test
  void help_exits_0() {
    CliRunner.Result r = CliRunner.run("terms", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--invoice-date");
  }
}
