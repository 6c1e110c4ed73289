package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A scan in reused buffers is the scan in fresh arrays, whatever the texts scanned before. */
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
}
