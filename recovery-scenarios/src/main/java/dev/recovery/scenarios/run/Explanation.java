package dev.recovery.scenarios.run;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An explanation written when it is first read: an unmodifiable list of lines computed once from
 * immutable facts. A daily run plans hundreds of thousands of actions and a host reads the words of
 * few of them (those a person reviews), so the run records the facts and defers the formatting of
 * amounts, dates and sentences. Reading it gives the same lines whenever, and from whichever
 * thread, it is read; it equals any list of the same lines.
 */
final class Explanation extends AbstractList<String> implements RandomAccess {

  private final Supplier<List<String>> writer;
  private volatile List<String> lines;

  private Explanation(Supplier<List<String>> writer) {
    this.writer = writer;
  }

  /** The lines {@code writer} gives, computed on first read; the writer must read only immutable facts. */
  static List<String> deferred(Supplier<List<String>> writer) {
    return new Explanation(Objects.requireNonNull(writer, "writer"));
  }

  private List<String> lines() {
    List<String> l = lines;
    if (l == null) {
      l = List.copyOf(writer.get());
      lines = l;
    }
    return l;
  }

  @Override
  public String get(int index) {
    return lines().get(index);
  }

  @Override
  public int size() {
    return lines().size();
  }
}
