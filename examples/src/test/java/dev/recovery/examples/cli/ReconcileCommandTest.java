package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recovery reconcile}: the JSON contract of issue 4, exit codes, the sample data and statements. */
class ReconcileCommandTest {

  private static final String SAMPLE = dir("examples/data/sample");
  private static final String EUR_STATEMENT = dir("examples/data/statements/statement-2025-07-eur.camt053.v02.xml");
  private static final String GBP_STATEMENT = dir("examples/data/statements/statement-2025-07-gbp.camt053.v08.xml");

  private static String dir(String path) {
    Path p = Path.of(path);
    return (Files.exists(p) ? p : Path.of("..").resolve(path)).toString();
  }

  private static JsonNode byPayment(JsonNode array, String paymentId) {
    for (JsonNode n : array) {
      if (n.get("paymentId").asText().equals(paymentId)) {
        return n;
      }
    }
    throw new AssertionError(paymentId + " not in " + array);
  }

  @Test
  void json_follows_the_contract_on_the_sample_portfolio() {
    CliRunner.Result r = CliRunner.run("reconcile", "--data", SAMPLE, "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.has("matches") && doc.has("suggestions") && doc.has("unmatched") && doc.has("summary")).isTrue();
    JsonNode m = byPayment(doc.get("matches"), "P-2025-010");
    assertThat(m.get("debtorId").asText()).isEqualTo("D-FR-001");
    assertThat(m.get("rule").asText()).isEqualTo("reference");
    assertThat(m.get("confidence").isNumber()).isTrue();
    assertThat(m.get("allocations").get(0).get("invoiceId").asText()).isEqualTo("F-2025-002");
    assertThat(m.get("allocations").get(0).get("amount").asText()).isEqualTo("980.40");
    assertThat(m.get("writeOff").isNull()).isTrue();
    assertThat(m.get("unapplied").asText()).isEqualTo("19.60");
    assertThat(m.get("explanation").asText()).contains("unapplied");
    JsonNode summary = doc.get("summary");
    assertThat(summary.get("payments").asInt()).isEqualTo(16);
    assertThat(summary.get("matched").asInt() + summary.get("suggested").asInt() + summary.get("unmatched").asInt())
        .isEqualTo(16);
    assertThat(summary.get("amountMatched").get("EUR").isTextual()).isTrue();
  }

  @Test
  void statement_lines_are_reconciled_with_every_rule_and_trap() {
    CliRunner.Result r = CliRunner.run("reconcile", "--data", SAMPLE, "--statement", EUR_STATEMENT,
        "--tolerance", "5", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = r.json();
    JsonNode matches = doc.get("matches");
    List<String> rules = new ArrayList<>();
    matches.forEach(n -> rules.add(n.get("rule").asText()));
    assertThat(rules).contains("reference", "creditor-reference", "exact-amount", "open-balance", "tolerance");
    assertThat(byPayment(matches, "BQ250707-0002").get("rule").asText()).isEqualTo("creditor-reference");
    JsonNode tolerance = byPayment(matches, "BQ250709-0005");
    assertThat(tolerance.get("writeOff").get("amount").asText()).isEqualTo("2.50");
    assertThat(byPayment(matches, "BQ250711-0012").get("explanation").asText()).contains("not valid");
    JsonNode suggestion = byPayment(doc.get("suggestions"), "BQ250710-0007");
    assertThat(suggestion.get("candidates").size()).isEqualTo(2);
    assertThat(suggestion.get("candidates").get(0).get("invoiceIds").get(0).asText()).isEqualTo("F-2025-007");
    assertThat(byPayment(doc.get("unmatched"), "BQ250709-0006").get("reason").asText()).contains("already settled");
    assertThat(doc.get("excluded").size()).isEqualTo(2);
  }

  @Test
  void version_08_statement_never_matches_across_currencies() {
    CliRunner.Result r = CliRunner.run("reconcile", "--data", SAMPLE, "--statement", GBP_STATEMENT, "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode u = byPayment(r.json().get("unmatched"), "GBR-250714-02");
    assertThat(u.get("reason").asText()).contains("another currency");
    assertThat(byPayment(r.json().get("matches"), "GBR-250714-01").get("allocations").get(0).get("invoiceId").asText())
        .isEqualTo("UK-2025-002");
  }

  @Test
  void text_output_lists_matches_and_suggestions() {
    CliRunner.Result r = CliRunner.run("reconcile", "--data", SAMPLE, "--statement", EUR_STATEMENT);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Matches:").contains("Suggestions:").contains("Unmatched:").contains("BQ250710-0007");
  }

  @Test
  void bad_options_exit_2_naming_the_option() {
    CliRunner.Result tol = CliRunner.run("reconcile", "--data", SAMPLE, "--tolerance", "abc", "--json");
    assertThat(tol.exitCode()).isEqualTo(2);
    assertThat(tol.err()).contains("--tolerance");
    CliRunner.Result k = CliRunner.run("reconcile", "--data", SAMPLE, "--max-combination", "0");
    assertThat(k.exitCode()).isEqualTo(2);
    assertThat(k.err()).contains("--max-combination");
    CliRunner.Result dir = CliRunner.run("reconcile", "--data", "no/such/dir");
    assertThat(dir.exitCode()).isEqualTo(2);
    assertThat(dir.err()).contains("--data");
  }

  @Test
  void malformed_statement_exits_2_with_line_and_column(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.xml");
    Files.writeString(bad, "<Document>\n<BkToCstmrStmt><Stmt>\n<Ntry>\n</Stmt>");
    CliRunner.Result r = CliRunner.run("reconcile", "--data", SAMPLE, "--statement", bad.toString(), "--json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("bad.xml:4:").contains("malformed XML");
    assertThat(r.out()).isEmpty();
  }
}
