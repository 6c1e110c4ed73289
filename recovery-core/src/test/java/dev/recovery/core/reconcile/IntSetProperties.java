package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** {@link IntSet} behaves as a {@code LinkedHashSet<Integer>}, small (linear) or large (hashed). */
class IntSetProperties {

  @Property(tries = 500)
  void int_set_is_an_insertion_ordered_set(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 200) int range, @ForAll @IntRange(min = 0, max = 300) int ops) {
    Random r = new Random(seed);
    IntSet set = new IntSet();
    LinkedHashSet<Integer> plain = new LinkedHashSet<>();
    for (int op = 0; op < ops; op++) {
      int v = r.nextInt(range) - 3;
      switch (r.nextInt(10)) {
        case 0 -> {
          if (!plain.isEmpty()) {
            int k = r.nextInt(plain.size());
            int removed = new ArrayList<>(plain).get(k);
            set.removeAt(k);
            plain.remove(removed);
          }
        }
        case 1 -> {
          IntSet other = new IntSet();
          List<Integer> others = new ArrayList<>();
          for (int j = r.nextInt(30); j > 0; j--) {
            int w = r.nextInt(range) - 3;
            other.add(w);
            others.add(w);
          }
          set.removeAll(other);
          plain.removeAll(others);
        }
        case 2 -> assertThat(set.contains(v)).isEqualTo(plain.contains(v));
        default -> assertThat(set.add(v)).isEqualTo(plain.add(v));
      }
      assertThat(set.size()).isEqualTo(plain.size());
    }
    assertThat(set.toArray()).containsExactly(plain.stream().mapToInt(Integer::intValue).toArray());
    for (int v = -3; v < range; v++) {
      assertThat(set.contains(v)).isEqualTo(plain.contains(v));
    }
  }
}
