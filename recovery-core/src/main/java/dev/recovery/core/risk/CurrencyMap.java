package dev.recovery.core.risk;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map of a few currencies, in currency-code order: the per-currency features of a debtor
 * (one or two entries, held for every debtor of a portfolio). Two arrays, where a sorted tree map
 * behind an unmodifiable view costs some 160 bytes for two entries. Equal to any map with the same
 * entries; lookups scan the keys.
 */
final class CurrencyMap<V> extends AbstractMap<Currency, V> {

  private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

  private final Currency[] keys;
  private final Object[] values;

  private CurrencyMap(Currency[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The entries of {@code map} in currency-code order (itself when it is one already); no null key. */
  static <V> Map<Currency, V> copyOf(Map<Currency, V> map) {
    if (map instanceof CurrencyMap) {
      return map;
    }
    int n = map.size();
    Currency[] k = new Currency[n];
    Object[] v = new Object[n];
    int i = 0;
    for (Map.Entry<Currency, V> e : map.entrySet()) {
      k[i] = Objects.requireNonNull(e.getKey(), "currency");
      v[i++] = e.getValue();
    }
    return sorted(k, v);
  }

  /** The map of {@code keys[i] -> values[i]} (distinct currencies), sorted by currency code. */
  static <V> Map<Currency, V> sorted(Currency[] keys, Object[] values) {
    if (keys.length == 2) {
      // the usual case of several currencies: one comparison, no index array to sort
      int c = BY_CODE.compare(keys[0], keys[1]);
      if (c == 0) {
        throw new IllegalArgumentException("currency " + keys[0] + " appears twice");
      }
      return c < 0 ? new CurrencyMap<>(new Currency[] {keys[0], keys[1]}, new Object[] {values[0], values[1]})
          : new CurrencyMap<>(new Currency[] {keys[1], keys[0]}, new Object[] {values[1], values[0]});
    }
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> BY_CODE.compare(keys[a], keys[b]));
    Currency[] k = new Currency[keys.length];
    Object[] v = new Object[keys.length];
    for (int i = 0; i < order.length; i++) {
      k[i] = keys[order[i]];
      v[i] = values[order[i]];
      if (i > 0 && k[i] == k[i - 1]) {
        throw new IllegalArgumentException("currency " + k[i] + " appears twice");
      }
    }
    return new CurrencyMap<>(k, v);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) values[i];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<Currency, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<Currency, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<Currency, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], (V) values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
