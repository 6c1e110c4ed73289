package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The bulk, parallel build of the reference index gives what adding the entries one by one gives. */
class ReferenceIndexProperties {

  @Property(tries = 40)
  void bulk_build_equals_adding_in_invoice_order(@ForAll long seed, @ForAll @IntRange(min = 0, max = 70_000) int rows,
      @ForAll @IntRange(min = 1, max = 3000) int distinctKeys, @ForAll boolean parallel) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] idKeys = new long[3 * rows];
    long[] refKeys = new long[3 * rows];
    byte[] idKinds = new byte[rows];
    byte[] refKinds = new byte[rows];
    int[] invoiceOf = new int[rows];
    for (int r = 0; r < rows; r++) {
      invoiceOf[r] = r;
    }
    for (int r = rows - 1; r > 0; r--) {
      int o = random.nextInt(r + 1);
      int t = invoiceOf[r];
      invoiceOf[r] = invoiceOf[o];
      invoiceOf[o] = t;
    }
    for (int r = 0; r < rows; r++) {
      idKinds[r] = random.nextInt(10) == 0 ? ReferenceIndex.NONE : ReferenceIndex.ID;
      int kind = random.nextInt(3);
      refKinds[r] = kind == 0 ? ReferenceIndex.NONE : kind == 1 ? ReferenceIndex.REFERENCE : ReferenceIndex.REFERENCE_RF;
      long key = 1 + random.nextInt(distinctKeys);
      idKeys[3 * r] = key;
      idKeys[3 * r + 1] = random.nextLong();
      idKeys[3 * r + 2] = random.nextLong();
      refKeys[3 * r] = random.nextInt(4) == 0 ? key : 1 + random.nextInt(distinctKeys);
      refKeys[3 * r + 1] = random.nextLong();
      refKeys[3 * r + 2] = random.nextLong();
    }
    ReferenceIndex bulk = ReferenceIndex.of(idKeys, idKinds, refKeys, refKinds, invoiceOf, parallel);

    int[] rowOfInvoice = new int[rows];
    for (int r = 0; r < rows; r++) {
      rowOfInvoice[invoiceOf[r]] = r;
    }
    ReferenceIndex added = new ReferenceIndex(rows + rows / 8);
    for (int i = 0; i < rows; i++) {
      int r = rowOfInvoice[i];
      if (idKinds[r] != ReferenceIndex.NONE) {
        added.add(idKeys[3 * r], idKeys[3 * r + 1], idKeys[3 * r + 2], i, idKinds[r]);
      }
      if (refKinds[r] != ReferenceIndex.NONE) {
        added.add(refKeys[3 * r], refKeys[3 * r + 1], refKeys[3 * r + 2], i, refKinds[r]);
      }
    }
    added.build();
    for (long key = 0; key <= distinctKeys + 1; key++) {
      assertThat(entries(bulk, key)).as("key " + key).isEqualTo(entries(added, key));
    }
  }

  private static List<String> entries(ReferenceIndex index, long key) {
    List<String> out = new ArrayList<>();
    for (int e = index.first(key); e >= 0; e = index.next(e)) {
      out.add(Arrays.toString(new long[] {index.invoiceOf(e), index.kindOf(e), index.strictOf(e), index.looseOf(e)}));
    }
    return out;
  }
}
