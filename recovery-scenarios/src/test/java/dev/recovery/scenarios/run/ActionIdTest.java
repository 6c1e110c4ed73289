package dev.recovery.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The idempotency key of a planned action: what it hashes, and that it never changes. */
class ActionIdTest {

  /** The definition: the first 12 bytes of SHA-256 over debtor|scenario|step|invoices in UTF-8, hex. */
  private static String reference(String debtor, String scenario, String step, List<String> invoices) throws Exception {
    StringBuilder text = new StringBuilder(debtor).append('|').append(scenario).append('|').append(step);
    invoices.forEach(i -> text.append('|').append(i));
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 12);
  }

  @Test
  void a_known_id_stays_the_same() throws Exception {
    Debtor debtor = RunFixtures.ACME;
    var step = RunFixtures.STANDARD.steps().get(1);
    String id = DunningRun.actionId(debtor, RunFixtures.STANDARD, step, List.of(InvoiceId.of("F1"), InvoiceId.of("F2")));
    assertThat(id).isEqualTo(reference("D1", "standard-b2b", "reminder-1", List.of("F1", "F2")))
        .hasSize(24).matches("[0-9a-f]{24}");
  }

  @Test
  void ids_with_accents_hash_their_utf8_bytes() throws Exception {
    Debtor debtor = Debtor.builder(DebtorId.of("DÉBITEUR-é"), "Société Générale").build();
    var step = RunFixtures.STANDARD.steps().get(0);
    String id = DunningRun.actionId(debtor, RunFixtures.STANDARD, step, List.of(InvoiceId.of("FACTURE-№1")));
    assertThat(id).isEqualTo(reference("DÉBITEUR-é", "standard-b2b", step.id(), List.of("FACTURE-№1")));
  }

  @Property(tries = 200)
  void one_digest_reused_gives_the_same_ids_as_fresh_ones(
      @ForAll @AlphaChars @Chars({'-', '/', 'é', '€'}) @StringLength(min = 1, max = 12) String debtor,
      @ForAll @Size(min = 1, max = 5) List<@AlphaChars @Chars({'-', '_', 'ü'}) @StringLength(min = 1, max = 10) String>
          invoices) throws Exception {
    MessageDigest shared = MessageDigest.getInstance("SHA-256");
    Debtor d = Debtor.builder(DebtorId.of(debtor), "Debtor").build();
    List<InvoiceId> ids = invoices.stream().map(InvoiceId::of).toList();
    for (var step : RunFixtures.STANDARD.steps()) {
      String expected = reference(debtor, RunFixtures.STANDARD.id(), step.id(), invoices);
      assertThat(DunningRun.actionId(shared, d, RunFixtures.STANDARD, step, ids)).isEqualTo(expected);
      assertThat(DunningRun.actionId(d, RunFixtures.STANDARD, step, ids)).isEqualTo(expected);
    }
  }

  @Property(tries = 300)
  void a_reused_hasher_gives_the_defined_ids(
      @ForAll @Size(min = 1, max = 6) List<@AlphaChars @Chars({'-', '/', 'é', '€', '|', '0', '9'})
          @StringLength(min = 1, max = 90) String> debtors,
      @ForAll @Size(min = 1, max = 7) List<@AlphaChars @Chars({'-', '_', 'ü', '1'}) @StringLength(min = 1, max = 40)
          String> invoices) throws Exception {
    DunningRun.IdHasher hasher = new DunningRun.IdHasher();
    InvoiceId[] ids = invoices.stream().map(InvoiceId::of).toArray(InvoiceId[]::new);
    List<String> values = java.util.Arrays.stream(ids).map(InvoiceId::value).toList();
    for (String debtor : debtors) {
      Debtor d = Debtor.builder(DebtorId.of(debtor), "Debtor").build();
      for (var step : RunFixtures.STANDARD.steps()) {
        assertThat(hasher.id(d, RunFixtures.STANDARD, step, ids))
            .isEqualTo(reference(d.id().value(), RunFixtures.STANDARD.id(), step.id(), values));
      }
    }
  }

  /**
   * The hasher reading the invoice ids from a ledger's columns, on rows sorted by {@link
   * DunningRun#sortRowsByInvoiceId}, gives the defined id of the invoices sorted by id (ids beyond
   * ASCII too, which the columns keep no text for; beyond the insertion-sort length too), the debtor's
   * id text read from the columns too (or from the record when one of the ledger's is beyond ASCII).
   */
  @Property(tries = 200)
  void the_hasher_on_sorted_ledger_rows_gives_the_defined_ids(
      @ForAll @Size(min = 1, max = 40) java.util.Set<@AlphaChars @Chars({'-', '0', '9', 'é'}) @StringLength(min = 1,
          max = 12) String> invoices,
      @ForAll("debtorIds") String debtorId, @ForAll("debtorIds") String otherDebtorId,
      @ForAll long seed) throws Exception {
    net.jqwik.api.Assume.that(!debtorId.equals(otherDebtorId));
    Debtor d = Debtor.builder(DebtorId.of(debtorId), "Debtor").build();
    Debtor other = Debtor.builder(DebtorId.of(otherDebtorId), "Other").build();
    java.util.List<dev.recovery.core.ledger.Invoice> list = new java.util.ArrayList<>();
    for (String id : invoices) {
      if (!id.isBlank() && id.strip().equals(id)) {
        list.add(dev.recovery.core.ledger.Invoice.of(InvoiceId.of(id), d.id(), java.time.LocalDate.of(2025, 1, 1),
            dev.recovery.core.terms.PaymentTerms.parse("net 30"), dev.recovery.core.money.Money.of("EUR", "10.00")));
      }
    }
    net.jqwik.api.Assume.that(!list.isEmpty());
    var cols = dev.recovery.core.ledger.Ledger.of(List.of(other, d), list, List.of()).columns();
    int debtorIndex = cols.debtorIndexOf(d.id());
    // a random subset of the rows, in random order
    java.util.Random r = new java.util.Random(seed);
    java.util.List<Integer> picked = new java.util.ArrayList<>();
    for (int row = 0; row < cols.size(); row++) {
      if (picked.isEmpty() || r.nextBoolean()) {
        picked.add(row);
      }
    }
    java.util.Collections.shuffle(picked, r);
    int[] rows = picked.stream().mapToInt(Integer::intValue).toArray();
    DunningRun.sortRowsByInvoiceId(cols, rows);
    InvoiceId[] sorted = java.util.Arrays.stream(rows).mapToObj(cols::invoiceId).toArray(InvoiceId[]::new);
    List<String> expected = picked.stream().map(row -> cols.invoiceId(row).value()).sorted().toList();
    assertThat(java.util.Arrays.stream(sorted).map(InvoiceId::value).toList()).isEqualTo(expected);
    DunningRun.IdHasher hasher = new DunningRun.IdHasher();
    for (var step : RunFixtures.STANDARD.steps()) {
      assertThat(hasher.id(d, debtorIndex, RunFixtures.STANDARD, step, cols, rows, sorted))
          .isEqualTo(reference(d.id().value(), RunFixtures.STANDARD.id(), step.id(), expected));
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> debtorIds() {
    return net.jqwik.api.Arbitraries.strings().withCharRange('A', 'Z').withChars('-', '0', '9', 'é').ofMinLength(1)
        .ofMaxLength(20);
  }
}
