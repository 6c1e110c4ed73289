package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.ledger.InvoiceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISO 11649 creditor references: worked examples and properties. */
class CreditorReferenceTest {

  // RF18 5390 0754 7034 is the example of ISO 11649 (and of the EPC guidance on the structured reference).
  @ParameterizedTest(name = "{0} valid: {1}")
  @CsvSource({"RF18 5390 0754 7034,true", "RF18539007547034,true", "rf18 5390 0754 7034,true",
      "RF19 5390 0754 7034,false", "RF18 5390 0754 7035,false", "RF18,false", "XF18539007547034,false",
      "RF1A539007547034,false", "RF35F2025020,true", "RF36F2025020,false"})
  void validates_iso_11649_examples(String text, boolean valid) {
    assertThat(CreditorReference.isValid(text)).isEqualTo(valid);
  }

  @Test
  void create_gives_the_iso_example_and_round_trips() {
    CreditorReference rf = CreditorReference.create("539007547034");
    assertThat(rf.toString()).isEqualTo("RF18539007547034");
    assertThat(rf.toPrintForm()).isEqualTo("RF18 5390 0754 7034");
    assertThat(CreditorReference.parse(rf.toPrintForm())).isEqualTo(rf);
    assertThat(CreditorReference.forInvoice(InvoiceId.of("F-2025-020")).toString()).isEqualTo("RF35F2025020");
  }

  @Test
  void errors_say_what_is_wrong() {
    assertThatThrownBy(() -> CreditorReference.parse("RF19 5390 0754 7034"))
        .hasMessageContaining("wrong check digits 19").hasMessageContaining("gives 18");
    assertThatThrownBy(() -> CreditorReference.create("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        .hasMessageContaining("1 to 21");
    assertThatThrownBy(() -> CreditorReference.create("--")).isInstanceOf(IllegalArgumentException.class);
  }
}
