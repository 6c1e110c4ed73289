package dev.recovery.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class InvoiceIndexProperties {

  static Invoice invoice(String id) {
    return Invoice.of(InvoiceId.of(id), DebtorId.of("D"), LocalDate.of(2025, 1, 1), PaymentTerms.parse("net 30"),
        Money.of("EUR", "10.00"));
  }

  /** Every id finds its own row, ids not in the ledger find none, and a repeated id is refused. */
  @Property(tries = 200)
  void every_id_finds_its_row(
      @ForAll @Size(max = 300) Set<@AlphaChars @NumericChars @StringLength(min = 1, max = 6) String> ids,
      @ForAll @AlphaChars @StringLength(min = 7, max = 9) String absent) {
    List<Invoice> invoices = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      invoices.add(invoice(id));
    }
    InvoiceIndex index = new InvoiceIndex(invoices);
    for (int row = 0; row < invoices.size(); row++) {
      assertThat(index.rowOf(invoices.get(row).id())).isEqualTo(row);
      assertThat(index.get(invoices.get(row).id())).isSameAs(invoices.get(row));
    }
    assertThat(index.rowOf(InvoiceId.of(absent))).isEqualTo(-1);
    assertThat(index.get(InvoiceId.of(absent))).isNull();
    if (!invoices.isEmpty()) {
      List<Invoice> twice = new ArrayList<>(invoices);
      twice.add(invoice(invoices.get(0).id().value()));
      assertThatThrownBy(() -> new InvoiceIndex(twice)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invoice " + invoices.get(0).id() + " appears twice");
    }
  }

  /** Looking up the invoices of allocations in batches gives, for each, the row {@code rowOf} gives. */
  @Property(tries = 200)
  void rows_looked_up_in_batches_are_the_rows_of_each_id(
      @ForAll @Size(max = 200) Set<@AlphaChars @NumericChars @StringLength(min = 1, max = 4) String> ids,
      @ForAll @Size(max = 150) java.util.List<@AlphaChars @NumericChars @StringLength(min = 1, max = 5) String> named,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int skip) {
    List<Invoice> invoices = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      invoices.add(invoice(id));
    }
    InvoiceIndex index = new InvoiceIndex(invoices);
    List<Allocation> allocations = new ArrayList<>();
    for (String id : named) {
      allocations.add(Allocation.ofPayment(PaymentId.of("P"), InvoiceId.of(id), Money.of("EUR", "1.00"),
          LocalDate.of(2025, 1, 2)));
    }
    int from = Math.min(skip, allocations.size());
    int[] rows = new int[allocations.size()];
    java.util.Arrays.fill(rows, -7);
    index.rowsOf(allocations, from, allocations.size(), rows);
    for (int k = 0; k < allocations.size(); k++) {
      assertThat(rows[k]).as(named.get(k)).isEqualTo(k < from ? -7 : index.rowOf(allocations.get(k).invoiceId()));
    }
  }
}
