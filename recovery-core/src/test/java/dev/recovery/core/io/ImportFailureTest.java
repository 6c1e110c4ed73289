package dev.recovery.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportFailureTest {

  @Test
  void toString_names_file_line_column_value_and_reason() {
    assertThat(ImportFailure.ofColumn("invoices.csv", 12, "amount", "12,5x", "not a plain decimal number"))
        .hasToString("invoices.csv:12: column 'amount' (value '12,5x'): not a plain decimal number");
    assertThat(ImportFailure.ofField("events.jsonl", 3, "channel", "fax", "unknown channel"))
        .hasToString("events.jsonl:3: field 'channel' (value 'fax'): unknown channel");
    assertThat(ImportFailure.ofColumn("a.csv", 1, "vat", null, "unknown column"))
        .hasToString("a.csv:1: column 'vat': unknown column");
    assertThat(ImportFailure.ofLine("a.csv", 7, "the row has 3 cells, the header has 6"))
        .hasToString("a.csv:7: the row has 3 cells, the header has 6");
    assertThat(ImportFailure.ofLine("a.csv", 0, "required file is missing"))
        .hasToString("a.csv: required file is missing");
  }

  @Test
  void name_is_the_column_or_the_field() {
    assertThat(ImportFailure.ofColumn("a", 1, "c", "v", "r").name()).contains("c");
    assertThat(ImportFailure.ofField("a", 1, "f", "v", "r").name()).contains("f");
    assertThat(ImportFailure.ofLine("a", 1, "r").name()).isEmpty();
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> ImportFailure.ofLine("a", -1, "r")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ImportFailure("a", 1, Optional.of("c"), Optional.of("f"), Optional.empty(), "r"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void result_report_and_lines() {
    ImportResult<String> r = ImportResult.of(List.of("x", "y"), new long[] {2, 5},
        List.of(ImportFailure.ofLine("a", 3, "bad")));
    assertThat(r.isClean()).isFalse();
    assertThat(r.failureReport()).isEqualTo("a:3: bad\n");
    assertThat(r.lineOf(1)).isEqualTo(5);
    assertThat(ImportResult.of(List.of("x"), List.of()).isClean()).isTrue();
    assertThat(ImportResult.of(List.of("x"), List.of()).failureReport()).isEmpty();
    assertThat(r.withFailures(List.of(ImportFailure.ofLine("a", 4, "worse"))).failures()).hasSize(2);
  }
}
