package dev.recovery.core.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payments of a ledger by id: an open-addressing table of positions in the payment list (some
 * 8 bytes per payment, against some 50 for a {@code HashMap}: a node per entry and its table), and
 * the payments attributed to each debtor, grouped on first use (the daily run never asks for them).
 *
 * <p>Immutable and thread-safe once built.
 */
final class PaymentIndex {

  private final List<Payment> payments;
  /** Position + 1 of the payment in each slot; 0 for an empty slot. */
  private final int[] slots;
  private final int mask;
  /** The payments of each debtor in input order, built on first use. */
  private volatile Map<DebtorId, List<Payment>> byDebtor;

  /**
   * Indexes the payments.
   *
   * @throws IllegalArgumentException naming the first payment id that appears twice
   */
  PaymentIndex(List<Payment> payments) {
    this.payments = payments;
    int capacity = Integer.highestOneBit(Math.max(4, payments.size()) * 2 - 1) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int k = 0; k < payments.size(); k++) {
      PaymentId id = payments.get(k).id();
      int slot = home(id);
      while (slots[slot] != 0) {
        if (payments.get(slots[slot] - 1).id().equals(id)) {
          throw new IllegalArgumentException("payment " + id + " appears twice");
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = k + 1;
    }
  }

  private int home(PaymentId id) {
    int h = id.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** The payment with that id, or null. */
  Payment get(PaymentId id) {
    for (int slot = home(id); slots[slot] != 0; slot = (slot + 1) & mask) {
      Payment p = payments.get(slots[slot] - 1);
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  /** The payments attributed to the debtor (by debtor id), in input order; unmodifiable. */
  List<Payment> of(DebtorId debtor) {
    Map<DebtorId, List<Payment>> map = byDebtor;
    if (map == null) {
      synchronized (this) {
        map = byDebtor;
        if (map == null) {
          Map<DebtorId, List<Payment>> grouped = new HashMap<>();
          for (Payment p : payments) {
            p.debtorId().ifPresent(id -> grouped.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
          }
          grouped.replaceAll((id, list) -> Collections.unmodifiableList(list));
          map = grouped;
          byDebtor = map;
        }
      }
    }
    return map.getOrDefault(debtor, List.of());
  }
}
