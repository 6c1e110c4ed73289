package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** ISO 11649 creditor references: properties of create and validate. */
class CreditorReferenceProperties {

  @Provide
  Arbitrary<String> references() {
    return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(1).ofMaxLength(21);
  }

  @Property
  void create_always_validates(@ForAll("references") String reference) {
    CreditorReference rf = CreditorReference.create(reference);
    assertThat(CreditorReference.isValid(rf.toString())).isTrue();
    assertThat(CreditorReference.parse(rf.toString())).isEqualTo(rf);
    assertThat(rf.reference()).isEqualTo(reference);
  }

  /**
   * Any single-character change fails: a digit for another digit or a letter for another letter
   * anywhere (check digits included), and any change of the "RF" prefix.
   */
  @Property
  void any_single_character_change_fails(@ForAll("references") String reference,
      @ForAll int position, @ForAll int replacement) {
    String rf = CreditorReference.create(reference).toString();
    int pos = Math.floorMod(position, rf.length());
    char old = rf.charAt(pos);
    char changed;
    if (pos < 2) {
      changed = "ABCDEGHIJKLMNOPQSTUVWXYZ0123456789".charAt(Math.floorMod(replacement, 34));
      if (changed == old) {
        changed = old == 'R' ? 'Q' : 'E';
      }
    } else if (Character.isDigit(old)) {
      changed = (char) ('0' + Math.floorMod(old - '0' + 1 + Math.floorMod(replacement, 9), 10));
    } else {
      changed = (char) ('A' + Math.floorMod(old - 'A' + 1 + Math.floorMod(replacement, 25), 26));
    }
    String mutated = rf.substring(0, pos) + changed + rf.substring(pos + 1);
    assertThat(mutated).isNotEqualTo(rf);
    assertThat(CreditorReference.isValid(mutated)).as(mutated).isFalse();
  }
}
