package dev.recovery.core.ledger;

import java.util.List;

/**
 * The invoices of a ledger by id: an open-addressing table of row numbers into the invoice list. A
 * million invoices cost 8 MB here, against some 40 MB for a {@code HashMap} (one 32-byte node per
 * entry plus its table), and the row number it gives is the position in the ledger's invoice list ({@link
 * LedgerColumns#rowOfInput(int)} gives the columnar row).
 *
 * <p>Immutable and thread-safe once built.
 */
final class InvoiceIndex {

  private final List<Invoice> invoices;
  /** Row + 1 of the invoice in each slot; 0 for an empty slot. */
  private final int[] slots;
  private final int mask;

  /**
   * Indexes the invoices.
   *
   * @throws IllegalArgumentException naming the first invoice id that appears twice
   */
  InvoiceIndex(List<Invoice> invoices) {
    this.invoices = invoices;
    int capacity = Integer.highestOneBit(Math.max(4, invoices.size()) * 2 - 1) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int row = 0; row < invoices.size(); row++) {
      InvoiceId id = invoices.get(row).id();
      int slot = home(id);
      while (slots[slot] != 0) {
        if (invoices.get(slots[slot] - 1).id().equals(id)) {
          throw new IllegalArgumentException("invoice " + id + " appears twice");
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = row + 1;
    }
  }

  private int home(InvoiceId id) {
    int h = id.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** The row of the invoice with that id, or -1. */
  int rowOf(InvoiceId id) {
    for (int slot = home(id); slots[slot] != 0; slot = (slot + 1) & mask) {
      int row = slots[slot] - 1;
      if (invoices.get(row).id().equals(id)) {
        return row;
      }
    }
    return -1;
  }

  /** Allocations whose invoices {@link #rowsOf} looks up together. */
  private static final int BATCH = 32;

  /**
   * The rows of the invoices named by allocations {@code [from, to)} into {@code rows[from .. to)} (-1
   * for an unknown id): what {@link #rowOf} gives for each, looked up in batches, each step for the
   * whole batch before the next (the ids' hashes, then their slots, then the invoices found there),
   * so that the memory reads of a batch overlap instead of waiting for one another.
   */
  void rowsOf(List<Allocation> allocations, int from, int to, int[] rows) {
    InvoiceId[] ids = new InvoiceId[BATCH];
    int[] home = new int[BATCH];
    int[] first = new int[BATCH];
    for (int batch = from; batch < to; batch += BATCH) {
      int n = Math.min(BATCH, to - batch);
      for (int k = 0; k < n; k++) {
        InvoiceId id = allocations.get(batch + k).invoiceId();
        ids[k] = id;
        home[k] = home(id);
      }
      for (int k = 0; k < n; k++) {
        first[k] = slots[home[k]];
      }
      for (int k = 0; k < n; k++) {
        // most ids are in their home slot: the general probe otherwise
        int f = first[k];
        rows[batch + k] = f != 0 && invoices.get(f - 1).id().equals(ids[k]) ? f - 1 : rowOf(ids[k]);
      }
    }
  }

  /** The invoice with that id, or null. */
  Invoice get(InvoiceId id) {
    int row = rowOf(id);
    return row < 0 ? null : invoices.get(row);
  }
}
