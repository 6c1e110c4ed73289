package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A scan in reused buffers is the scan in fresh arrays, whatever the texts scanned before; comparing
 * canonical forms atom by atom is comparing the built forms.
 */
class RemittanceScanProperties {

  @Provide
  Arbitrary<List<String>> remittances() {
    Arbitrary<String> text = Arbitraries.strings().withChars("RFrf0123456789 -./AbcxÉ\u00a0").ofMaxLength(60);
    Arbitrary<String> rf = Arbitraries.of("RF18 5390 0754 7034", "RF18539007547034", "RF19 5390", "rf18539007547034");
    Arbitrary<String> mixed = net.jqwik.api.Combinators.combine(text, rf, text).as((a, b, c) -> a + " " + b + c);
    return Arbitraries.oneOf(text, mixed, Arbitraries.of("Facture F123456", "")).list().ofMaxSize(8);
  }

  @Property(tries = 1000)
  void a_scan_in_reused_buffers_is_a_fresh_scan(@ForAll("remittances") List<String> texts) {
    RemittanceScan.Buffers buffers = new RemittanceScan.Buffers();
    for (String text : texts) {
      RemittanceScan reused = RemittanceScan.of(text, buffers);
      RemittanceScan fresh = RemittanceScan.of(text);
      int n = fresh.count;
      assertThat(reused.count).as(text).isEqualTo(n);
      assertThat(Arrays.copyOf(reused.start, n)).isEqualTo(Arrays.copyOf(fresh.start, n));
      assertThat(Arrays.copyOf(reused.end, n)).isEqualTo(Arrays.copyOf(fresh.end, n));
      assertThat(Arrays.copyOf(reused.digit, n)).isEqualTo(Arrays.copyOf(fresh.digit, n));
      assertThat(Arrays.copyOf(reused.breakBefore, n)).isEqualTo(Arrays.copyOf(fresh.breakBefore, n));
      assertThat(Arrays.copyOf(reused.consumed, n)).isEqualTo(Arrays.copyOf(fresh.consumed, n));
      assertThat(Arrays.copyOf(reused.hash, n)).isEqualTo(Arrays.copyOf(fresh.hash, n));
      assertThat(reused.rfs).isEqualTo(fresh.rfs);
    }
  }

  @Provide
  Arbitrary<String> references() {
    Arbitrary<String> free = Arbitraries.strings().withChars("Ff0012 -./Éé\u00a0xX9").ofMaxLength(16);
    Arbitrary<String> ids = Arbitraries.of("F123456", "F-0123456", "f 123456", "2025-0012", "F20250012", "FACT. 2025-12",
        "0", "000", "00 12", "É12", "E12", "12 F", "F12F", "1234", "ABC", "");
    return Arbitraries.oneOf(free, ids);
  }

  /**
   * For every window of a remittance and both forms (strict, loose), the atom-by-atom comparison
   * with another text is the comparison of their canonical forms.
   */
  @Property(tries = 2000)
  void comparing_atoms_is_comparing_canonical_forms(@ForAll("references") String remittance,
      @ForAll("references") String other) {
    RemittanceScan scan = RemittanceScan.of("x " + remittance);
    for (int from = 0; from < scan.count; from++) {
      for (int len = 0; from + len <= scan.count; len++) {
        for (boolean loose : new boolean[] {false, true}) {
          boolean same = scan.canonical(from, len, loose).equals(Keys.canonical(other, loose));
          assertThat(scan.sameCanonical(from, len, loose, other))
              .as("'%s' atoms %d+%d vs '%s' loose %s", remittance, from, len, other, loose).isEqualTo(same);
          String itself = scan.written(from, Math.max(1, len));
          if (len > 0) {
            assertThat(scan.sameCanonical(from, len, loose, itself)).as("'%s' itself", itself).isTrue();
          }
        }
      }
    }
  }
}
