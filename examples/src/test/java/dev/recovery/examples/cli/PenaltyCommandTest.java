package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PenaltyCommandTest {

  /** The worked example of issue 5 (C. com. L441-10 II, D441-5). */
  @Test
  void frenchWorkedExampleMatchesTheContract() {
    CliRunner.Result r = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "3000.00", "--currency", "EUR",
        "--due-date", "2024-03-15", "--paid-date", "2024-04-30", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("daysLate").asInt()).isEqualTo(46);
    assertThat(j.get("currency").asText()).isEqualTo("EUR");
    assertThat(j.get("interest").asText()).isEqualTo("54.82");
    assertThat(j.get("fixedCompensation").asText()).isEqualTo("40.00");
    assertThat(j.get("total").asText()).isEqualTo("94.82");
    JsonNode p = j.get("periods").get(0);
    assertThat(p.get("from").asText()).isEqualTo("2024-03-16");
    assertThat(p.get("to").asText()).isEqualTo("2024-04-30");
    assertThat(p.get("days").asInt()).isEqualTo(46);
    assertThat(p.get("annualRate").asText()).isEqualTo("14.50");
    assertThat(j.get("legalBasis").toString()).contains("L441-10");
    assertThat(j.get("warnings").isArray()).isTrue();
    assertThat(j.get("warnings")).isEmpty();
  }

  @Test
  void optionsForModesRatesAndDebtorTypes() {
    CliRunner.Result frozen = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "10000", "--currency", "EUR",
        "--due-date", "2024-06-15", "--paid-date", "2024-07-15", "--rate-mode", "frozen", "--json");
    assertThat(frozen.json().get("interest").asText()).isEqualTo("119.18");
    CliRunner.Result byPeriod = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "10000", "--currency",
        "EUR", "--due-date", "2024-06-15", "--paid-date", "2024-07-15", "--json");
    assertThat(byPeriod.json().get("periods")).hasSize(2);
    CliRunner.Result uk = CliRunner.run("penalty", "--jurisdiction", "UK", "--amount", "5000.00", "--currency", "GBP",
        "--due-date", "2024-03-15", "--as-of", "2024-04-30", "--json");
    assertThat(uk.json().get("total").asText()).isEqualTo("153.49");
    CliRunner.Result eu = CliRunner.run("penalty", "--jurisdiction", "EU", "--amount", "3000.00", "--currency", "EUR",
        "--due-date", "2024-03-15", "--paid-date", "2024-04-30", "--reference-rate", "3.00", "--json");
    assertThat(eu.json().get("interest").asText()).isEqualTo("41.59");
    CliRunner.Result consumer = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "3000.00", "--currency",
        "EUR", "--due-date", "2024-03-15", "--paid-date", "2024-04-30", "--debtor-type", "consumer", "--json");
    assertThat(consumer.json().get("fixedCompensation").asText()).isEqualTo("0.00");
    CliRunner.Result us = CliRunner.run("penalty", "--jurisdiction", "US", "--amount", "1000", "--currency", "USD",
        "--due-date", "2024-01-31", "--paid-date", "2024-03-01", "--contract-rate", "18", "--json");
    assertThat(us.json().get("interest").asText()).isEqualTo("14.79");
    assertThat(us.json().get("warnings").toString()).contains("usury");
    CliRunner.Result text = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "3000.00", "--currency", "EUR",
        "--due-date", "2024-03-15", "--paid-date", "2024-04-30");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("94.82");
  }

  @Test
  void badInputExitsTwoNamingTheOption() {
    CliRunner.Result both = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "1", "--currency", "EUR",
        "--due-date", "2024-03-15", "--json");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--paid-date");
    CliRunner.Result amount = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "abc", "--currency", "EUR",
        "--due-date", "2024-03-15", "--paid-date", "2024-04-30");
    assertThat(amount.exitCode()).isEqualTo(2);
    assertThat(amount.err()).contains("--amount");
    CliRunner.Result j = CliRunner.run("penalty", "--jurisdiction", "XX", "--amount", "1", "--currency", "EUR",
        "--due-date", "2024-03-15", "--paid-date", "2024-04-30");
    assertThat(j.exitCode()).isEqualTo(2);
    assertThat(j.err()).contains("--jurisdiction");
    CliRunner.Result mode = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "1", "--currency", "EUR",
        "--due-date", "2024-03-15", "--paid-date", "2024-04-30", "--rate-mode", "weird");
    assertThat(mode.exitCode()).isEqualTo(2);
    assertThat(mode.err()).contains("--rate-mode");
    CliRunner.Result date = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "1", "--currency", "EUR",
        "--due-date", "2024-13-15", "--paid-date", "2024-04-30");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains("--due-date");
    CliRunner.Result beyond = CliRunner.run("penalty", "--jurisdiction", "FR", "--amount", "1", "--currency", "EUR",
        "--due-date", "2026-06-15", "--paid-date", "2026-08-01");
    assertThat(beyond.exitCode()).isEqualTo(2);
    assertThat(beyond.err()).contains("ecb-mro.txt");
  }
}
