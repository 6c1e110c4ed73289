package dev.recovery.core.risk;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * Reasons written when first read: a fixed number of sentences, each from a writer that reads only
 * immutable facts (the features and the score). A segmentation assigns hundreds of thousands of
 * debtors and a host reads the words of few of them, so the sentences (amounts, shares, the main
 * risk factors) are formatted on demand. Unmodifiable; equals any list of the same sentences;
 * reading it gives the same sentences whenever, and from whichever thread, it is read.
 */
final class DeferredReasons extends AbstractList<String> implements RandomAccess {

  private final List<Supplier<String>> writers;
  private volatile List<String> text;

  private DeferredReasons(List<Supplier<String>> writers) {
    this.writers = List.copyOf(writers);
  }

  /** One reason per writer, in order. */
  static List<String> of(List<Supplier<String>> writers) {
    return new DeferredReasons(writers);
  }

  private List<String> text() {
    List<String> t = text;
    if (t == null) {
      String[] lines = new String[writers.size()];
      for (int i = 0; i < lines.length; i++) {
        lines[i] = writers.get(i).get();
      }
      t = List.of(lines);
      text = t;
    }
    return t;
  }

  @Override
  public String get(int index) {
    return text().get(index);
  }

  @Override
  public int size() {
    return writers.size();
  }
}
