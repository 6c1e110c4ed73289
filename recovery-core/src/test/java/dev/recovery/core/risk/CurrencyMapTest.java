package dev.recovery.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CurrencyMapTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency GBP = Currency.getInstance("GBP");
  private static final Currency CHF = Currency.getInstance("CHF");

  @Test
  void holds_the_entries_in_currency_code_order_and_equals_a_sorted_tree_map() {
    Map<Currency, String> given = new LinkedHashMap<>();
    given.put(GBP, "g");
    given.put(EUR, "e");
    given.put(CHF, "c");
    Map<Currency, String> map = CurrencyMap.copyOf(given);
    TreeMap<Currency, String> tree = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
    tree.putAll(given);
    assertThat(List.copyOf(map.keySet())).containsExactly(CHF, EUR, GBP);
    assertThat(map).isEqualTo(tree).hasSameHashCodeAs(tree);
    assertThat(map.toString()).isEqualTo(tree.toString());
    assertThat(map.get(EUR)).isEqualTo("e");
    assertThat(map.get(Currency.getInstance("USD"))).isNull();
    assertThat(map.containsKey(GBP)).isTrue();
    assertThat(CurrencyMap.copyOf(map)).isSameAs(map);
  }

  @Test
  void is_immutable_and_rejects_a_currency_twice() {
    Map<Currency, Integer> map = CurrencyMap.sorted(new Currency[] {GBP, EUR}, new Object[] {1, 2});
    assertThatThrownBy(() -> map.put(CHF, 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(9))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CurrencyMap.sorted(new Currency[] {EUR, GBP, EUR}, new Object[] {1, 2, 3}))
        .hasMessageContaining("EUR appears twice");
    assertThatThrownBy(() -> CurrencyMap.sorted(new Currency[] {GBP, GBP}, new Object[] {1, 2}))
        .hasMessageContaining("GBP appears twice");
  }

  @Test
  void two_currencies_are_put_in_order_whichever_comes_first() {
    Map<Currency, Integer> swapped = CurrencyMap.sorted(new Currency[] {GBP, EUR}, new Object[] {1, 2});
    Map<Currency, Integer> inOrder = CurrencyMap.sorted(new Currency[] {EUR, GBP}, new Object[] {2, 1});
    assertThat(List.copyOf(swapped.keySet())).containsExactly(EUR, GBP);
    assertThat(List.copyOf(swapped.values())).containsExactly(2, 1);
    assertThat(inOrder).isEqualTo(swapped);
    assertThat(List.copyOf(inOrder.values())).containsExactly(2, 1);
  }
}
