package dev.recovery.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SourceIndexProperties {

  /** Allocations from few sources, some ids shared between sources and some with equal hash codes. */
  @Provide
  Arbitrary<List<Allocation>> allocations() {
    Arbitrary<Allocation.Source> source = Arbitraries.of(Allocation.Source.class);
    // "Aa" and "BB" have the same hash code, as have "AaAa", "BBBB", "AaBB"
    Arbitrary<String> id = Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "P-1", "P-2", "CN-1", "x");
    Arbitrary<Integer> invoice = Arbitraries.integers().between(1, 5);
    return Combinators.combine(source, id, invoice).as((s, i, n) -> new Allocation(s, i, InvoiceId.of("F" + n),
        Money.of("EUR", "1.00"), LocalDate.of(2025, 1, n))).list().ofMaxSize(60);
  }

  /** Each source finds exactly its allocations, in list order, as grouping them in a map does. */
  @Property(tries = 300)
  void each_source_finds_its_allocations_in_list_order(@ForAll("allocations") List<Allocation> all) {
    Map<List<Object>, List<Allocation>> expected = new LinkedHashMap<>();
    for (Allocation a : all) {
      expected.computeIfAbsent(List.of(a.source(), a.sourceId()), k -> new ArrayList<>()).add(a);
    }
    SourceIndex index = new SourceIndex(all);
    for (Allocation.Source s : Allocation.Source.values()) {
      for (String id : List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "P-1", "P-2", "CN-1", "x", "absent")) {
        assertThat(index.of(s, id)).containsExactlyElementsOf(expected.getOrDefault(List.of(s, id), List.of()));
      }
    }
  }
}
