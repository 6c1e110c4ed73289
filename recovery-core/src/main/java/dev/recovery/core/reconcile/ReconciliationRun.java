package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.LedgerColumns;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One reconciliation: the indexes over the ledger (references, IBANs, names, invoices per debtor,
 * amounts per debtor), the open amounts in minor units as payments consume them, and the outputs.
 * Not thread-safe; used once by {@link Reconciler}.
 */
final class ReconciliationRun {

  private static final long UNSET = Long.MIN_VALUE;
  private static final int AMOUNT_INDEX_THRESHOLD = 24;

  private final Reconciler cfg;
  private final Ledger ledger;
  private final List<Invoice> invoices;
  /** The ledger's columnar view, and the row there of each invoice (by index here). */
  private final LedgerColumns cols;
  private final int[] colRow;
  private final long[] open;
  private final Debtor[] debtors;
  private final int[] debtorStart;
  private final DebtorState[] states;
  /**
   * The debtors by IBAN and by normalised name: built only when a payment of the run has no known
   * debtor id (the only payments whose payer is looked up by them), so a run whose payments all name
   * their debtor normalises no name.
   */
  private final Map<String, int[]> byIban = new HashMap<>();
  private final Map<String, int[]> byName = new HashMap<>();
  private final ReferenceIndex index;
  private final int[] invoiceDebtor;
  private boolean letterOnlyKeys;
  private final List<Payment> payments = new ArrayList<>();
  private long[] remaining;
  /** The debtor named by each payment's debtor id, -1 for none or an unknown id. */
  private int[] payer;
  /** Whether {@link #reconcile(Analysis)} takes its shortcut for the common case (off only in tests). */
  boolean fastPath = true;

  private final List<Match> matches = new ArrayList<>();
  private final List<Suggestion> suggestions = new ArrayList<>();
  private final List<Unmatched> unmatched = new ArrayList<>();
  private final List<CreditNoteApplication> creditNotes = new ArrayList<>();
  private final List<Payment> reconciled = new ArrayList<>();

  ReconciliationRun(Reconciler cfg, Ledger ledger, Collection<Payment> more) {
    this.cfg = cfg;
    this.ledger = ledger;
    this.cols = ledger.columns();
    // the debtors in id order, from the ledger's own id order (sorted once per ledger)
    Debtor[] inLedgerOrder = ledger.debtorList().toArray(new Debtor[0]);
    debtors = new Debtor[inLedgerOrder.length];
    for (int k = 0; k < debtors.length; k++) {
      debtors[k] = inLedgerOrder[cols.debtorByIdRank(k)];
    }
    // the payments' side (repeated ids, the order, what each has left and who it names) reads only
    // the payments, the ledger's allocations and debtor index: prepared alongside the invoices' side
    // below when the run is parallel and large, and joined before either is used
    boolean overlap = cfg.parallel() && more.size() + ledger.payments().size() >= PARALLEL_PAYMENT_SIDE;
    java.util.concurrent.ForkJoinTask<Object> paymentSide = overlap
        ? java.util.concurrent.ForkJoinTask.adapt(() -> preparedOrFailure(more)).fork() : null;
    // invoices grouped by debtor, in debtor id order, from the columnar view's grouping (no
    // per-invoice lookup); inputOf[g] is the position in the ledger's invoices of grouped invoice g
    List<Invoice> input = ledger.invoices();
    int n = input.size();
    int[] inputOf = new int[n];
    colRow = new int[n];
    debtorStart = new int[debtors.length + 1];
    int g = 0;
    for (int d = 0; d < debtors.length; d++) {
      int c = cols.debtorByIdRank(d);
      for (int row = cols.debtorRowStart(c); row < cols.debtorRowStart(c + 1); row++) {
        colRow[g] = row;
        inputOf[g++] = cols.inputIndex(row);
      }
      debtorStart[d + 1] = g;
    }
    Invoice[] grouped = new Invoice[n];
    for (int k = 0; k < n; k++) {
      grouped[k] = input.get(inputOf[k]);
    }
    this.invoices = Arrays.asList(grouped);
    this.open = new long[n];
    Arrays.fill(open, UNSET);
    states = new DebtorState[debtors.length];
    invoiceDebtor = new int[n];
    for (int d = 0; d < debtors.length; d++) {
      for (int i = debtorStart[d]; i < debtorStart[d + 1]; i++) {
        invoiceDebtor[i] = d;
      }
    }
    // the keys of every id and reference, computed in parallel and in the ledger's order (reading a
    // million texts where they lie in memory is most of the cost); the index orders the entries of a
    // key by grouped invoice, so it is the same whatever the split
    long[] keys = new long[n * 3];
    byte[] kinds = new byte[n];
    long[] refKeys = new long[n * 3];
    byte[] refKinds = new byte[n];
    int chunks = n < 50_000 || !cfg.parallel() ? 1 : Math.max(1, Runtime.getRuntime().availableProcessors() * 4);
    boolean[] lettersOnly = new boolean[chunks];
    IntStream range = IntStream.range(0, chunks);
    (chunks > 1 ? range.parallel() : range).forEach(c -> lettersOnly[c] = keyInvoices(input,
        (int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks), keys, kinds, refKeys, refKinds));
    for (boolean b : lettersOnly) {
      letterOnlyKeys |= b;
    }
    int[] groupedOf = new int[n];
    for (int i = 0; i < n; i++) {
      groupedOf[inputOf[i]] = i;
    }
    index = ReferenceIndex.of(keys, kinds, refKeys, refKinds, groupedOf, chunks > 1);

    PreparedPayments prepared;
    if (paymentSide == null) {
      prepared = preparePayments(more);
    } else {
      Object side = paymentSide.join();
      if (side instanceof RuntimeException failure) {
        throw failure; // as thrown (a join would wrap it)
      }
      prepared = (PreparedPayments) side;
    }
    payments.addAll(prepared.payments());
    remaining = prepared.remaining();
    payer = prepared.payer();
    for (int d : payer) {
      if (d < 0) {
        indexPayers();
        break;
      }
    }
  }

  /** Payments from which the constructor prepares them alongside the invoices' index. */
  private static final int PARALLEL_PAYMENT_SIDE = 10_000;

  /**
   * The payments to reconcile, in canonical order (date, then id), each with what it has left once its
   * allocations in the ledger are deducted and the debtor its debtor id names (-1 for none or an
   * unknown id); those with nothing left are dropped.
   */
  private record PreparedPayments(List<Payment> payments, long[] remaining, int[] payer) {}

  /** {@link #preparePayments}, or the exception it threw (given back to the constructor's thread as is). */
  private Object preparedOrFailure(Collection<Payment> more) {
    try {
      return preparePayments(more);
    } catch (RuntimeException e) {
      return e;
    }
  }

  /**
   * Prepares the ledger's payments and {@code more}: refuses a repeated id, keeps those dated by the
   * as-of date, orders them and reads what each has left (reads only the payments, the ledger's
   * allocations and its debtor index: thread-safe).
   */
  private PreparedPayments preparePayments(Collection<Payment> more) {
    List<Payment> all = new ArrayList<>(ledger.payments());
    all.addAll(more);
    int repeated = firstRepeated(all);
    if (repeated >= 0) {
      throw new IllegalArgumentException("payment " + all.get(repeated).id() + " appears twice (in the ledger and"
          + " among the payments to reconcile, or twice among them)");
    }
    List<Payment> dated = new ArrayList<>(all.size());
    for (Payment p : all) {
      if (cfg.asOf().isPresent() && p.date().isAfter(cfg.asOf().get())) {
        continue;
      }
      dated.add(p);
    }
    Payment[] ordered = dated.toArray(new Payment[0]);
    Comparator<Payment> canonical = Comparator.comparing(Payment::date).thenComparing(Payment::id);
    if (cfg.parallel()) {
      Arrays.parallelSort(ordered, canonical);
    } else {
      Arrays.sort(ordered, canonical);
    }
    // what each payment has left once its allocations in the ledger are deducted, and the payer its
    // debtor id names (-1 for none or an unknown id): read once, in parallel
    long[] left = new long[ordered.length];
    int[] named = new int[ordered.length];
    IntStream byOrder = IntStream.range(0, ordered.length);
    (cfg.parallel() && ordered.length >= 10_000 ? byOrder.parallel() : byOrder).forEach(k -> {
      Payment p = ordered[k];
      long l = p.amount().toMinorUnits();
      for (Allocation a : ledger.allocationsFrom(Allocation.Source.PAYMENT, p.id().value())) {
        l -= a.amount().toMinorUnits();
      }
      left[k] = l;
      named[k] = l > 0 && p.debtorId().isPresent() ? debtorOf(p.debtorId().get()) : -1;
    });
    int kept = 0;
    for (int k = 0; k < left.length; k++) {
      if (left[k] > 0) {
        ordered[kept] = ordered[k];
        left[kept] = left[k];
        named[kept++] = named[k];
      }
    }
    return new PreparedPayments(Arrays.asList(ordered).subList(0, kept), Arrays.copyOf(left, kept),
        Arrays.copyOf(named, kept));
  }

  /**
   * The position of the first payment whose id an earlier one has, or -1: an open-addressing table of
   * positions (no node per payment, as a hash set would make).
   */
  static int firstRepeated(List<Payment> payments) {
    int capacity = Integer.highestOneBit(Math.max(4, payments.size()) * 2 - 1) << 1;
    int[] slots = new int[capacity];
    int mask = capacity - 1;
    for (int k = 0; k < payments.size(); k++) {
      PaymentId id = payments.get(k).id();
      int h = id.hashCode() * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & mask;
      while (slots[slot] != 0) {
        if (payments.get(slots[slot] - 1).id().equals(id)) {
          return k;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = k + 1;
    }
    return -1;
  }

  /** The debtor (its position in id order) with that id, or -1. */
  private int debtorOf(DebtorId id) {
    int c = cols.debtorIndexOf(id);
    return c < 0 ? -1 : cols.debtorIdRank(c);
  }

  /** Fills {@link #byIban} and {@link #byName}, in debtor id order. */
  private void indexPayers() {
    String[] names = new String[debtors.length];
    IntStream byDebtor = IntStream.range(0, debtors.length);
    (cfg.parallel() && debtors.length >= 10_000 ? byDebtor.parallel() : byDebtor).forEach(
        d -> names[d] = PayerNames.normalise(debtors[d].name()));
    for (int d = 0; d < debtors.length; d++) {
      for (String iban : debtors[d].ibans()) {
        byIban.merge(iban, new int[] {d}, ReconciliationRun::concat);
      }
      String name = names[d];
      if (!name.isEmpty()) {
        byName.merge(name, new int[] {d}, ReconciliationRun::concat);
      }
    }
  }

  /**
   * Keys the ids and references of invoices {@code [from, to)}: the lookup, strict and loose keys at
   * {@code 3i}, {@code 3i + 1}, {@code 3i + 2} and the entry kind ({@link ReferenceIndex#NONE} when
   * the text is not indexed, else {@link ReferenceIndex#ID}, {@link ReferenceIndex#REFERENCE} or
   * {@link ReferenceIndex#REFERENCE_RF} for a valid creditor reference).
   *
   * @return whether some indexed text of the range has no digit
   */
  private static boolean keyInvoices(List<Invoice> invoices, int from, int to, long[] keys, byte[] kinds,
      long[] refKeys, byte[] refKinds) {
    Keys.TextKeys tk = new Keys.TextKeys();
    boolean lettersOnly = false;
    // the id texts of a batch of invoices are fetched first, then keyed: the fetches (invoice, id,
    // text: objects apart in memory) do not wait for one another, the keying runs on fetched texts
    String[] ids = new String[KEY_BATCH];
    int[] lengths = new int[KEY_BATCH]; // reading a length reaches the text's own array too
    for (int batch = from; batch < to; batch += KEY_BATCH) {
      int end = Math.min(to, batch + KEY_BATCH);
      for (int i = batch; i < end; i++) {
        String id = invoices.get(i).id().value();
        ids[i - batch] = id;
        lengths[i - batch] = id.length();
      }
      for (int i = batch; i < end; i++) {
        lettersOnly |= keyInvoice(invoices, i, ids[i - batch], tk, keys, kinds, refKeys, refKinds);
      }
    }
    return lettersOnly;
  }

  /** Invoices whose id texts {@link #keyInvoices} fetches together. */
  private static final int KEY_BATCH = 64;

  /** Keys invoice {@code i} (its id text {@code id}); whether an indexed text of it has no digit. */
  private static boolean keyInvoice(List<Invoice> invoices, int i, String id, Keys.TextKeys tk, long[] keys,
      byte[] kinds, long[] refKeys, byte[] refKinds) {
    boolean lettersOnly = false;
    Invoice inv = invoices.get(i);
    Keys.keysOf(id, tk);
    kinds[i] = store(tk, keys, i) ? ReferenceIndex.ID : ReferenceIndex.NONE;
    lettersOnly |= kinds[i] != ReferenceIndex.NONE && tk.digitAtoms == 0;
    refKinds[i] = ReferenceIndex.NONE;
    if (inv.reference().isPresent() && !inv.isCreditNote()) {
      String ref = inv.reference().get();
      boolean rf = looksLikeRf(ref) && CreditorReference.isValid(ref);
      Keys.keysOf(rf ? CreditorReference.parse(ref).reference() : ref, tk);
      if (store(tk, refKeys, i)) {
        refKinds[i] = rf ? ReferenceIndex.REFERENCE_RF : ReferenceIndex.REFERENCE;
        lettersOnly |= tk.digitAtoms == 0;
      }
    }
    return lettersOnly;
  }

  private static boolean store(Keys.TextKeys tk, long[] keys, int i) {
    if (!tk.hasStrict()) {
      return false;
    }
    keys[3 * i] = tk.lookupKey();
    keys[3 * i + 1] = tk.strict;
    keys[3 * i + 2] = tk.hasLoose() ? tk.loose : 0;
    return true;
  }

  /** Payments read ahead together: who paid and which invoices the remittance names. */
  private static final int BLOCK = 4096;

  ReconciliationResult run() {
    applyCreditNotes();
    // Reading a payment (who paid, which invoices its remittance names) depends only on the ledger
    // and the payment, so a block of payments is read in parallel. Applying a payment consumes open
    // amounts of the debtors it can touch (its payer, the owners of the invoices it names, the
    // candidates for an ambiguous payer), all known once read; payments that share no such debtor
    // are independent. So the block is split into groups linked by debtor, the groups are applied in
    // parallel, each in payment order, and the outcomes are collected in payment order: the result is
    // the same as applying the payments one by one.
    Analysis[] block = new Analysis[Math.min(BLOCK, payments.size())];
    Scratch[] scratch = new Scratch[32];
    int[] owner = new int[debtors.length];
    Arrays.fill(owner, -1);
    for (int from = 0; from < payments.size(); from += BLOCK) {
      int start = from;
      int size = Math.min(BLOCK, payments.size() - from);
      boolean parallel = cfg.parallel() && size >= 256;
      // read in parts of the block, each with its own scratch buffers (reused from block to block)
      int parts = parallel ? Math.min(scratch.length, size / 128) : 1;
      IntStream range = IntStream.range(0, parts);
      (parallel ? range.parallel() : range).forEach(c -> {
        Scratch buffers = scratch[c] == null ? (scratch[c] = new Scratch()) : scratch[c];
        for (int k = (int) ((long) size * c / parts), to = (int) ((long) size * (c + 1) / parts); k < to; k++) {
          block[k] = analyse(payments.get(start + k), remaining[start + k], payer[start + k], buffers);
        }
      });
      if (parallel) {
        int[][] groups = independentGroups(block, size, owner);
        Arrays.stream(groups).parallel().forEach(group -> {
          for (int k : group) {
            reconcile(block[k]);
          }
        });
      } else {
        for (int k = 0; k < size; k++) {
          reconcile(block[k]);
        }
      }
      for (int k = 0; k < size; k++) {
        collect(block[k].ctx());
        block[k] = null;
      }
    }
    return new ReconciliationResult(matches, suggestions, unmatched, creditNotes, reconciled);
  }

  /**
   * The payments of a block in groups that share no debtor they can touch, each group in payment
   * order (union-find over the payments, linked through {@code owner}: for each debtor, the first
   * payment of the block touching it; reset before returning).
   */
  private int[][] independentGroups(Analysis[] block, int size, int[] owner) {
    Links links = new Links(size, owner);
    for (int k = 0; k < size; k++) {
      // every debtor whose open items applying the payment may read or consume: its payer, the
      // candidates for an ambiguous payer, the owners of the invoices it names
      Ctx ctx = block[k].ctx();
      if (ctx.debtor >= 0) {
        links.touch(ctx.debtor, k);
      }
      for (int d : ctx.ambiguousPayers) {
        links.touch(d, k);
      }
      for (int set = 0; set < 2; set++) {
        IntSet named = set == 0 ? block[k].definite() : block[k].group();
        for (int t = 0; t < named.size(); t++) {
          int d = invoiceDebtor[named.get(t)];
          if (d != ctx.debtor) { // the payer's own invoices: linked already
            links.touch(d, k);
          }
        }
      }
    }
    int[] parent = links.parent;
    for (int t = 0; t < links.touchedCount; t++) {
      owner[links.touched[t]] = -1;
    }
    int[] count = new int[size];
    int groups = 0;
    for (int k = 0; k < size; k++) {
      int r = root(parent, k);
      parent[k] = r;
      if (count[r]++ == 0) {
        groups++;
      }
    }
    int[][] result = new int[groups][];
    int[] slot = new int[size];
    int[] filled = new int[size];
    int g = 0;
    for (int k = 0; k < size; k++) {
      int r = parent[k];
      if (r == k) {
        slot[k] = g;
        result[g++] = new int[count[k]];
      }
      result[slot[r]][filled[r]++] = k;
    }
    return result;
  }

  /** Union-find over the payments of a block, linked through the debtors they touch. */
  private static final class Links {
    final int[] parent;
    final int[] owner;
    int[] touched = new int[16];
    int touchedCount;

    Links(int size, int[] owner) {
      parent = new int[size];
      for (int k = 0; k < size; k++) {
        parent[k] = k;
      }
      this.owner = owner;
    }

    /** Payment {@code k} touches debtor {@code d}: links it to the first payment touching it. */
    void touch(int d, int k) {
      if (owner[d] < 0) {
        owner[d] = k;
        if (touchedCount == touched.length) {
          touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = d;
      } else {
        int x = root(parent, owner[d]);
        int y = root(parent, k);
        if (x != y) {
          parent[Math.max(x, y)] = Math.min(x, y);
        }
      }
    }
  }

  private static int root(int[] parent, int k) {
    while (parent[k] != k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  }

  /** Adds a reconciled payment's outcome to the results. */
  private void collect(Ctx ctx) {
    if (ctx.match != null) {
      matches.add(ctx.match);
    } else if (ctx.suggestion != null) {
      suggestions.add(ctx.suggestion);
    } else if (ctx.unmatched != null) {
      unmatched.add(ctx.unmatched);
    } else {
      throw new IllegalStateException("payment " + ctx.payment.id() + " was read but not reconciled");
    }
    reconciled.add(ctx.recorded);
  }

  // ---------------------------------------------------------------- open amounts and debtor state

  private long openOf(int i) {
    long o = open[i];
    if (o == UNSET) {
      int row = colRow[i];
      if (cols.isCreditNote(row)) {
        Invoice inv = invoices.get(i);
        o = cols.amount(row);
        for (Allocation a : ledger.allocationsFrom(Allocation.Source.CREDIT_NOTE, inv.id().value())) {
          o -= a.amount().toMinorUnits();
        }
      } else {
        // the amount less everything applied to it, whatever the date: read from the columns
        o = cols.amount(row) - cols.paid(row, Integer.MAX_VALUE);
      }
      open[i] = Math.max(0, o);
      o = open[i];
    }
    return o;
  }

  private void consume(int i, long amount) {
    long now = openOf(i) - amount;
    open[i] = now;
    Invoice inv = invoices.get(i);
    if (!inv.isCreditNote()) {
      DebtorState st = states[invoiceDebtor[i]];
      if (st != null && st.byAmount != null && now > 0) {
        st.byAmount.merge(now, new int[] {i}, ReconciliationRun::concat);
      }
    }
  }

  /** The invoices (not credit notes) of a debtor, by id, with an amount index for large debtors. */
  private final class DebtorState {
    final int[] items;
    Map<Long, int[]> byAmount;

    DebtorState(int d) {
      int from = debtorStart[d];
      int to = debtorStart[d + 1];
      int[] list = new int[to - from];
      int k = 0;
      for (int j = from; j < to; j++) {
        if (!invoices.get(j).isCreditNote()) {
          int v = j;
          InvoiceId id = invoices.get(v).id();
          int b = k - 1;
          while (b >= 0 && invoices.get(list[b]).id().compareTo(id) > 0) {
            list[b + 1] = list[b];
            b--;
          }
          list[b + 1] = v;
          k++;
        }
      }
      items = Arrays.copyOf(list, k);
      if (k > AMOUNT_INDEX_THRESHOLD) {
        byAmount = new HashMap<>(k * 2);
        for (int i : items) {
          long o = openOf(i);
          if (o > 0) {
            byAmount.merge(o, new int[] {i}, ReconciliationRun::concat);
          }
        }
      }
    }
  }

  private DebtorState state(int d) {
    DebtorState st = states[d];
    if (st == null) {
      st = new DebtorState(d);
      states[d] = st;
    }
    return st;
  }

  private boolean payable(int i, Currency currency, LocalDate date) {
    int row = colRow[i];
    return !cols.isCreditNote(row) && cols.currency(cols.currencyIndex(row)).equals(currency)
        && cols.issueDay(row) <= date.toEpochDay() && openOf(i) > 0;
  }

  /** The debtor's payable open items in the currency on the date, by id. */
  private int[] pool(int d, Currency currency, LocalDate date) {
    int[] items = state(d).items;
    int[] out = new int[items.length];
    int k = 0;
    for (int i : items) {
      if (payable(i, currency, date)) {
        out[k++] = i;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** The debtor's payable items with exactly that open amount, by id. */
  private List<Integer> exactly(int d, int[] pool, long amount, Currency currency, LocalDate date) {
    List<Integer> result = new ArrayList<>(2);
    DebtorState st = pool == null ? state(d) : null;
    if (st != null && st.byAmount != null) {
      int[] hits = st.byAmount.getOrDefault(amount, new int[0]);
      Set<Integer> unique = new java.util.TreeSet<>(Comparator.comparing(i -> invoices.get(i).id()));
      for (int i : hits) {
        if (openOf(i) == amount && payable(i, currency, date)) {
          unique.add(i);
        }
      }
      result.addAll(unique);
      return result;
    }
    int[] scan = pool != null ? pool : pool(d, currency, date);
    for (int i : scan) {
      if (openOf(i) == amount) {
        result.add(i);
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- credit notes

  private void applyCreditNotes() {
    List<Integer> notes = new ArrayList<>();
    for (int i = 0; i < colRow.length; i++) {
      if (cols.isCreditNote(colRow[i])) {
        notes.add(i);
      }
    }
    notes.sort(Comparator.comparing((Integer i) -> invoices.get(i).issueDate())
        .thenComparing(i -> invoices.get(i).id()));
    Keys.TextKeys tk = new Keys.TextKeys();
    for (int c : notes) {
      Invoice cn = invoices.get(c);
      long left = openOf(c);
      if (left <= 0) {
        continue;
      }
      Currency cur = cn.amount().currency();
      Money leftMoney = Money.ofMinor(cur, left);
      if (cn.reference().isEmpty()) {
        creditNotes.add(new CreditNoteApplication(cn.id(), cn.debtorId(), List.of(), leftMoney,
            "credit note " + cn.id() + " references no invoice: " + leftMoney + " left as credit on debtor "
                + cn.debtorId()));
        continue;
      }
      String ref = cn.reference().get();
      Keys.keysOf(ref, tk);
      List<Integer> hits = new ArrayList<>();
      if (tk.hasStrict()) {
        String canon = Keys.canonical(ref, false);
        String compact = Keys.compact(ref, 0, ref.length());
        List<Integer> exactHits = new ArrayList<>();
        for (int e = index.first(tk.lookupKey()); e >= 0; e = index.next(e)) {
          int i = index.invoiceOf(e);
          if (index.kindOf(e) == ReferenceIndex.ID && !invoices.get(i).isCreditNote()
              && Keys.canonical(invoices.get(i).id().value(), false).equals(canon)) {
            hits.add(i);
            if (Keys.compact(invoices.get(i).id().value(), 0, invoices.get(i).id().value().length()).equals(compact)) {
              exactHits.add(i);
            }
          }
        }
        if (hits.size() > 1 && exactHits.size() == 1) {
          hits = exactHits;
        }
      }
      String why;
      List<Allocation> allocations = new ArrayList<>();
      if (hits.isEmpty()) {
        why = "credit note " + cn.id() + " references '" + ref + "', which is no invoice of the ledger";
      } else if (hits.size() > 1) {
        why = "credit note " + cn.id() + " references '" + ref + "', which matches several invoices ("
            + ids(hits) + "): not applied";
      } else {
        int i = hits.get(0);
        Invoice target = invoices.get(i);
        if (!target.debtorId().equals(cn.debtorId())) {
          why = "credit note " + cn.id() + " references " + target.id() + " of debtor " + target.debtorId()
              + ", not of its own debtor " + cn.debtorId() + ": not applied";
        } else if (!target.amount().currency().equals(cur)) {
          why = "credit note " + cn.id() + " is in " + cur.getCurrencyCode() + " but " + target.id() + " is in "
              + target.amount().currencyCode() + ": not applied";
        } else if (openOf(i) <= 0) {
          why = "credit note " + cn.id() + " references " + target.id() + ", which is already settled";
        } else {
          long take = Math.min(left, openOf(i));
          LocalDate date = cn.issueDate().isAfter(target.issueDate()) ? cn.issueDate() : target.issueDate();
          allocations.add(new Allocation(Allocation.Source.CREDIT_NOTE, cn.id().value(), target.id(),
              Money.ofMinor(cur, take), date));
          consume(i, take);
          left -= take;
          why = "credit note " + cn.id() + " applied to " + target.id() + " (which it references): "
              + Money.ofMinor(cur, take) + " on " + date
              + (left > 0 ? "; " + Money.ofMinor(cur, left) + " exceeds the invoice and stays as credit" : "");
        }
      }
      if (left > 0 && allocations.isEmpty()) {
        why += "; " + Money.ofMinor(cur, left) + " left as credit on debtor " + cn.debtorId();
      }
      open[c] = left;
      creditNotes.add(new CreditNoteApplication(cn.id(), cn.debtorId(), allocations, Money.ofMinor(cur, left), why));
    }
  }

  // ---------------------------------------------------------------- payments

  /** What is known about the payment being reconciled. */
  private static final class Ctx {
    Payment payment;
    Currency currency;
    long amount;
    LocalDate date;
    /** What was found, in order: texts, or notes that write their text when read ({@link #text}). */
    final List<Object> notes = new ArrayList<>(4);
    int debtor = -1;
    PayerIdentification by;
    double factor = 1.0;
    int[] ambiguousPayers = new int[0];
    /** The outcome, exactly one of three, and the payment as recorded (with its payer when found). */
    Match match;
    Suggestion suggestion;
    Unmatched unmatched;
    Payment recorded;
  }

  /** A chosen set of items and how to apply the payment to them. */
  private record Choice(MatchRule rule, double base, int[] items, long writeOff, Object why) {

    /** Why, in words: a text, or a note that writes it ({@link #text}). */
    String whyText() {
      return text(why);
    }
  }

  /** "payer ... given with the payment", written when read. */
  private record PayerGiven(DebtorId payer) {
    @Override
    public String toString() {
      return "payer " + payer + " given with the payment";
    }
  }

  /** "the remittance names ..." (with the text as written when it differs), written when read. */
  private record Names(InvoiceId invoice, String writtenAs) {
    @Override
    public String toString() {
      return writtenAs == null ? "the remittance names " + invoice
          : "the remittance names " + invoice + " ('" + writtenAs + "')";
    }
  }

  /** "the amount equals (or exceeds) the open ...", written when read. */
  private record OpenCovered(Currency currency, long open, boolean exceeds) {
    @Override
    public String toString() {
      return exceeds ? "the amount exceeds the open " + Money.ofMinor(currency, open) + ": the rest is unapplied credit"
          : "the amount equals the open " + Money.ofMinor(currency, open);
    }
  }

  /** The text of a note: a text, or a note that writes it when read (its {@code toString}). */
  private static String text(Object note) {
    return note.toString();
  }

  /** The notes' texts joined by "; ". */
  private static String joined(List<Object> notes) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < notes.size(); k++) {
      if (k > 0) {
        sb.append("; ");
      }
      sb.append(text(notes.get(k)));
    }
    return sb.toString();
  }

  /** What a rule search gave: a choice, candidates for a suggestion, or nothing. */
  private record Outcome(Choice choice, List<Candidate> candidates, String why) {
    static Outcome none() {
      return new Outcome(null, List.of(), "");
    }
  }

  /** A payment as read: its context (payer, notes) and the invoices its remittance names. */
  private record Analysis(Ctx ctx, IntSet definite, IntSet viaRf, IntSet group) {}

  /** Reads a payment: reads only the ledger's indexes, never the open amounts (thread-safe). */
  private Analysis analyse(Payment p, long amount, int named, Scratch scratch) {
    Ctx ctx = new Ctx();
    ctx.payment = p;
    ctx.currency = p.amount().currency();
    ctx.amount = amount;
    ctx.date = p.date();

    identifyPayer(ctx, named);

    // references in the remittance
    IntSet definite = new IntSet();
    IntSet viaRf = new IntSet();
    IntSet group = new IntSet();
    if (p.remittance().isPresent() && !p.remittance().get().isBlank()) {
      scanReferences(ctx, RemittanceScan.of(p.remittance().get(), scratch.scan), definite, viaRf, group, scratch);
    }
    return new Analysis(ctx, definite, viaRf, group);
  }

  private void reconcile(Analysis read) {
    Ctx ctx = read.ctx();
    IntSet definite = read.definite();
    IntSet viaRf = read.viaRf();
    IntSet group = read.group();
    long amount = ctx.amount;
    if (fastPath && ctx.debtor >= 0 && definite.size() == 1 && group.isEmpty()
        && invoiceDebtor[definite.get(0)] == ctx.debtor && usable(ctx, definite.get(0))) {
      // the common case: the payer known, the remittance naming one of its invoices, which can take
      // the payment; what the general path below does for it, without its filters
      matchReferenced(ctx, definite, viaRf);
      return;
    }
    List<Integer> settled = new ArrayList<>();
    filterUsable(ctx, definite, settled);
    filterUsable(ctx, group, settled);
    group.removeAll(definite);

    if (ctx.debtor < 0) {
      Set<Integer> refDebtors = new java.util.TreeSet<>();
      for (int k = 0; k < definite.size(); k++) {
        refDebtors.add(debtorOf(definite.get(k)));
      }
      if (definite.isEmpty()) {
        for (int k = 0; k < group.size(); k++) {
          refDebtors.add(debtorOf(group.get(k)));
        }
      }
      if (refDebtors.size() == 1) {
        ctx.debtor = refDebtors.iterator().next();
        ctx.by = PayerIdentification.REFERENCE;
        ctx.factor = 1.0;
        ctx.notes.add(0, "payer identified as " + debtors[ctx.debtor].id() + " by the invoices named in the remittance");
      } else if (refDebtors.size() > 1) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i : (definite.isEmpty() ? group : definite).toArray()) {
          candidates.add(candidate(new int[] {i}, MatchRule.REFERENCE, 0.5,
              "named in the remittance; debtor " + invoices.get(i).debtorId()));
        }
        suggest(ctx, candidates, "the remittance names invoices of several debtors ("
            + debtorIds(refDebtors) + ") and the payer is not otherwise identified");
        return;
      }
    }
    if (ctx.debtor < 0) {
      if (ctx.ambiguousPayers.length > 1) {
        List<Candidate> candidates = new ArrayList<>();
        for (int d : ctx.ambiguousPayers) {
          for (int i : exactly(d, null, amount, ctx.currency, ctx.date)) {
            candidates.add(candidate(new int[] {i}, MatchRule.EXACT_AMOUNT, 0.4,
                "open item of debtor " + debtors[d].id() + " with exactly the amount"));
          }
        }
        if (!candidates.isEmpty()) {
          suggest(ctx, candidates, "the payer could be any of several debtors; " + joined(ctx.notes));
          return;
        }
      }
      unmatched(ctx, "payer not identified: " + (ctx.notes.isEmpty() ? "no debtor id, IBAN, name or invoice reference"
          : joined(ctx.notes)));
      return;
    }

    // keep the debtor's references; others are a conflict
    List<Integer> foreign = new ArrayList<>();
    for (IntSet set : new IntSet[] {definite, group}) {
      for (int k = 0; k < set.size();) {
        int i = set.get(k);
        if (debtorOf(i) != ctx.debtor) {
          foreign.add(i);
          ctx.notes.add(invoices.get(i).id() + " named in the remittance belongs to debtor "
              + invoices.get(i).debtorId() + ", not to the payer " + debtors[ctx.debtor].id());
          set.removeAt(k);
        } else {
          k++;
        }
      }
    }

    if (!definite.isEmpty()) {
      matchReferenced(ctx, definite, viaRf);
      return;
    }
    List<Candidate> pending = new ArrayList<>();
    if (!group.isEmpty()) {
      int[] pool = sortById(group.toArray());
      Outcome o = amountRules(ctx, pool, true);
      if (o.choice() != null && foreign.isEmpty()) {
        Choice c = o.choice();
        Choice confirmed = c.rule() == MatchRule.TOLERANCE ? c
            : new Choice(MatchRule.REFERENCE, 0.9, c.items(), c.writeOff(),
                "the remittance names " + ids(group.toArray()) + " (read tolerantly), and " + c.whyText());
        finish(ctx, confirmed);
        return;
      }
      pending.addAll(o.candidates());
      if (o.choice() != null) {
        pending.add(0, candidate(o.choice().items(), MatchRule.REFERENCE, 0.6, o.choice().whyText()));
      }
      for (int i : group.toArray()) {
        if (pending.stream().noneMatch(c -> c.invoiceIds().contains(invoices.get(i).id()))) {
          pending.add(candidate(new int[] {i}, MatchRule.REFERENCE, 0.3, "named in the remittance, amount differs"));
        }
      }
    }
    if (!settled.isEmpty() && group.isEmpty()) {
      unmatched(ctx, "the remittance names only invoices already settled (" + ids(settled)
          + "): possibly a duplicate payment; " + Money.ofMinor(ctx.currency, amount)
          + " left unapplied as credit of debtor " + debtors[ctx.debtor].id() + "; " + joined(ctx.notes));
      return;
    }
    for (int i : foreign) {
      pending.add(candidate(new int[] {i}, MatchRule.REFERENCE, 0.3,
          "named in the remittance but owed by debtor " + invoices.get(i).debtorId()));
    }

    int[] pool = pool(ctx.debtor, ctx.currency, ctx.date);
    Outcome o = pool.length == 0 ? Outcome.none() : amountRules(ctx, pool, false);
    if (o.choice() != null && pending.isEmpty()) {
      finish(ctx, o.choice());
      return;
    }
    if (o.choice() != null) {
      pending.add(0, candidate(o.choice().items(), o.choice().rule(), 0.5, o.choice().whyText()));
    }
    pending.addAll(o.candidates());
    if (!pending.isEmpty()) {
      suggest(ctx, pending, (o.why().isEmpty() ? "" : o.why() + "; ") + joined(ctx.notes));
      return;
    }
    String debtor = debtors[ctx.debtor].id().value();
    String reason;
    if (pool.length == 0) {
      reason = "debtor " + debtor + " has no open invoice in " + ctx.currency.getCurrencyCode() + " issued by "
          + ctx.date + ": " + Money.ofMinor(ctx.currency, amount) + " left unapplied as credit";
    } else {
      reason = (o.why().isEmpty() ? "" : o.why() + "; ") + Money.ofMinor(ctx.currency, amount)
          + " matches no open item, no combination of up to " + cfg.maxCombination()
          + " items and not the open balance " + Money.ofMinor(ctx.currency, sum(pool)) + " of debtor " + debtor
          + " (" + pool.length + " open items); left for manual allocation";
    }
    if (!ctx.notes.isEmpty()) {
      reason = reason + "; " + joined(ctx.notes);
    }
    unmatched(ctx, reason);
  }

  /** Identifies the payer; {@code named} is the debtor of the payment's debtor id, or -1. */
  private void identifyPayer(Ctx ctx, int named) {
    Payment p = ctx.payment;
    if (p.debtorId().isPresent()) {
      int d = named;
      if (d >= 0) {
        ctx.debtor = d;
        ctx.by = PayerIdentification.DEBTOR_ID;
        ctx.notes.add(new PayerGiven(p.debtorId().get()));
        return;
      }
      ctx.notes.add("debtor id " + p.debtorId().get() + " given with the payment is unknown");
    }
    if (p.payerIban().isPresent()) {
      int[] ds = byIban.get(p.payerIban().get());
      if (ds != null && ds.length == 1) {
        ctx.debtor = ds[0];
        ctx.by = PayerIdentification.IBAN;
        ctx.factor = 0.98;
        ctx.notes.add("payer identified as " + debtors[ds[0]].id() + " by IBAN " + p.payerIban().get());
        return;
      }
      if (ds != null) {
        ctx.ambiguousPayers = ds;
        ctx.notes.add("IBAN " + p.payerIban().get() + " is known for several debtors (" + debtorIds(ds) + ")");
      } else {
        ctx.notes.add("IBAN " + p.payerIban().get() + " is no known debtor account");
      }
    }
    if (p.payerName().isPresent()) {
      String name = PayerNames.normalise(p.payerName().get());
      int[] ds = name.isEmpty() ? null : byName.get(name);
      if (ds != null && ds.length == 1 && (ctx.ambiguousPayers.length == 0 || contains(ctx.ambiguousPayers, ds[0]))) {
        ctx.debtor = ds[0];
        ctx.by = PayerIdentification.NAME;
        ctx.factor = 0.9;
        ctx.notes.add("payer identified as " + debtors[ds[0]].id() + " by name '" + p.payerName().get() + "'");
        return;
      }
      if (ds != null && ds.length > 1) {
        if (ctx.ambiguousPayers.length == 0) {
          ctx.ambiguousPayers = ds;
        }
        ctx.notes.add("payer name '" + p.payerName().get() + "' fits several debtors (" + debtorIds(ds) + ")");
      } else if (ds == null) {
        ctx.notes.add("payer name '" + p.payerName().get() + "' matches no debtor");
      }
    }
  }

  private void scanReferences(Ctx ctx, RemittanceScan scan, IntSet definite, IntSet viaRf, IntSet group,
      Scratch scratch) {
    Keys.TextKeys tk = scratch.tk;
    for (RemittanceScan.RfFinding rf : scan.rfs) {
      if (rf.reference().isEmpty()) {
        ctx.notes.add("creditor reference " + rf.text() + " is not valid (" + rf.problem() + "): not used as a match");
        continue;
      }
      String body = rf.reference().get().reference();
      Keys.keysOf(body, tk);
      List<Integer> hits = new ArrayList<>();
      for (int e = index.first(tk.lookupKey()); e >= 0; e = index.next(e)) {
        byte kind = index.kindOf(e);
        int i = index.invoiceOf(e);
        if ((kind == ReferenceIndex.ID || kind == ReferenceIndex.REFERENCE_RF) && !hits.contains(i)) {
          String text = indexedText(i, kind);
          if (Keys.compact(text, 0, text.length()).equals(body)) {
            hits.add(i);
          }
        }
      }
      if (hits.size() == 1) {
        definite.add(hits.get(0));
        viaRf.add(hits.get(0));
        ctx.notes.add("valid creditor reference " + rf.reference().get() + " names " + invoices.get(hits.get(0)).id());
      } else if (hits.size() > 1) {
        for (int i : hits) {
          group.add(i);
        }
        ctx.notes.add("creditor reference " + rf.reference().get() + " fits several invoices (" + ids(hits) + ")");
      } else {
        ctx.notes.add("valid creditor reference " + rf.reference().get() + " names no invoice of the ledger");
      }
    }
    int count = scan.count;
    int maxLen = Keys.MAX_ATOMS;
    long[] strict = scratch.strict;
    long[] lookupKey = scratch.lookupKey;
    long[] loose = scratch.loose;
    EntryCache cache = scratch.cache;
    cache.size = 0;
    cache.used = 0;
    for (int s = 0; s < count; s++) {
      if (scan.consumed[s]) {
        continue;
      }
      int max = 0;
      long h = Keys.STRICT_SEED;
      long dg = Keys.DIGITS_SEED;
      int nonZero = 0;
      int digitAtoms = 0;
      for (int len = 1; len <= maxLen && s + len - 1 < count; len++) {
        int k = s + len - 1;
        if (scan.consumed[k] || (len > 1 && scan.breakBefore[k])) {
          break;
        }
        h = Keys.combine(h, scan.hash[k]);
        strict[len] = Keys.finish(h, len);
        if (scan.digit[k]) {
          digitAtoms++;
          for (int c = scan.start[k]; c < scan.end[k]; c++) {
            char ch = scan.text.charAt(c);
            if (ch != '0') {
              dg = Keys.step(dg, Fold.fold(ch));
              nonZero++;
            }
          }
        }
        lookupKey[len] = digitAtoms > 0 ? Keys.finish(dg, nonZero) : (letterOnlyKeys ? strict[len] : 0);
        max = len;
      }
      int matched = 0;
      for (int len = max; len >= 1 && matched == 0; len--) {
        if (lookupKey[len] == 0) {
          continue;
        }
        List<Integer> hits = verify(scan, s, len, scratch, entries(cache, lookupKey[len]), strict[len], false);
        if (!hits.isEmpty()) {
          matched = len;
          recordHits(ctx, scan, s, len, hits, definite, group, false);
        }
      }
      if (matched == 0 && scan.digit[s]) {
        int maxLoose = 0;
        long lh = Keys.LOOSE_SEED;
        for (int len = 1; len <= max; len++) {
          int k = s + len - 1;
          if (!scan.digit[k]) {
            break;
          }
          lh = Keys.combine(lh, scan.hash[k]);
          loose[len] = Keys.finish(lh, len);
          maxLoose = len;
        }
        for (int len = maxLoose; len >= 1 && matched == 0; len--) {
          List<Integer> hits = verify(scan, s, len, scratch, entries(cache, lookupKey[len]), loose[len], true);
          if (!hits.isEmpty()) {
            matched = len;
            recordHits(ctx, scan, s, len, hits, definite, group, true);
          }
        }
      }
      if (matched > 0) {
        s += matched - 1;
      }
    }
    if (definite.isEmpty() && group.isEmpty() && viaRf.isEmpty()) {
      scanCompactIds(ctx, scan, definite, group, scratch);
    }
  }

  /**
   * When the remittance names nothing otherwise: an invoice id written with its separators dropped or
   * moved ({@code "f 20250076695"} for F-2025-0076695), the same letters and digits in the same
   * order, read as loosely fitting (the amount must confirm it). The longest such window first.
   */
  private void scanCompactIds(Ctx ctx, RemittanceScan scan, IntSet definite, IntSet group, Scratch scratch) {
    int count = scan.count;
    long[] lookupKey = scratch.lookupKey;
    for (int s = 0; s < count; s++) {
      if (scan.consumed[s]) {
        continue;
      }
      int max = 0;
      long dg = Keys.DIGITS_SEED;
      int nonZero = 0;
      int digitAtoms = 0;
      for (int len = 1; len <= Keys.MAX_ATOMS && s + len - 1 < count; len++) {
        int k = s + len - 1;
        if (scan.consumed[k] || (len > 1 && scan.breakBefore[k])) {
          break;
        }
        if (scan.digit[k]) {
          digitAtoms++;
          for (int c = scan.start[k]; c < scan.end[k]; c++) {
            char ch = scan.text.charAt(c);
            if (ch != '0') {
              dg = Keys.step(dg, Fold.fold(ch));
              nonZero++;
            }
          }
        }
        lookupKey[len] = digitAtoms > 0 ? Keys.finish(dg, nonZero) : 0;
        max = len;
      }
      int matched = 0;
      for (int len = max; len >= 2 && matched == 0; len--) {
        if (lookupKey[len] == 0) {
          continue;
        }
        List<Integer> hits = sameCompactIds(scan, s, len, scratch, entries(scratch.cache, lookupKey[len]));
        if (!hits.isEmpty()) {
          matched = len;
          recordHits(ctx, scan, s, len, hits, definite, group, true);
        }
      }
      if (matched > 0) {
        s += matched - 1;
      }
    }
  }

  /** Buffers for reading one payment after another, one set per concurrent reader. */
  private static final class Scratch {
    final Keys.TextKeys tk = new Keys.TextKeys();
    final long[] strict = new long[Keys.MAX_ATOMS + 1];
    final long[] lookupKey = new long[Keys.MAX_ATOMS + 1];
    final long[] loose = new long[Keys.MAX_ATOMS + 1];
    final EntryCache cache = new EntryCache();
    final RemittanceScan.Buffers scan = new RemittanceScan.Buffers();
  }

  /**
   * The index entries of the keys looked up for one payment, each key looked up once: key {@code k}
   * has the entries {@code pool[from[k] .. from[k + 1])}.
   */
  private static final class EntryCache {
    long[] keys = new long[8];
    int[] from = new int[9];
    int[] pool = new int[16];
    int size;
    int used;
  }

  /** The index entries of a key, looked up once per payment: the position of the key in the cache. */
  private int entries(EntryCache cache, long key) {
    for (int k = 0; k < cache.size; k++) {
      if (cache.keys[k] == key) {
        return k;
      }
    }
    if (cache.size == cache.keys.length) {
      cache.keys = Arrays.copyOf(cache.keys, cache.size * 2);
      cache.from = Arrays.copyOf(cache.from, cache.size * 2 + 1);
    }
    int n = cache.used;
    cache.from[cache.size] = n;
    for (int x = index.first(key); x >= 0; x = index.next(x)) {
      if (n == cache.pool.length) {
        cache.pool = Arrays.copyOf(cache.pool, n * 2);
      }
      cache.pool[n++] = x;
    }
    cache.used = n;
    cache.keys[cache.size] = key;
    cache.from[++cache.size] = n;
    return cache.size - 1;
  }

  /**
   * The invoices whose indexed text has exactly the window's canonical form: strict (every atom;
   * ids and references) or loose (numbers only; ids with letters and telling numbers).
   */
  private List<Integer> verify(RemittanceScan scan, int s, int len, Scratch scratch, int key, long windowKey,
      boolean loose) {
    EntryCache cache = scratch.cache;
    int from = cache.from[key];
    int to = cache.from[key + 1];
    if (from == to) {
      return List.of();
    }
    List<Integer> hits = new ArrayList<>(2);
    for (int x = from; x < to; x++) {
      int e = cache.pool[x];
      byte kind = index.kindOf(e);
      if (kind == ReferenceIndex.REFERENCE_RF || (loose && kind != ReferenceIndex.ID)) {
        continue;
      }
      if ((loose ? index.looseOf(e) : index.strictOf(e)) != windowKey) {
        continue;
      }
      int i = index.invoiceOf(e);
      if (!hits.contains(i) && scan.sameCanonical(s, len, loose, indexedText(i, kind))) {
        hits.add(i);
      }
    }
    if (hits.size() > 1) {
      hits.sort(Comparator.comparing(i -> invoices.get(i).id()));
    }
    return hits;
  }

  /**
   * The invoices whose id has the window's letters and digits in the same order, whatever the
   * separators ({@link Keys#compact}), by id; the candidates are the entries of the window's look-up
   * key (the same digits).
   */
  private List<Integer> sameCompactIds(RemittanceScan scan, int s, int len, Scratch scratch, int key) {
    EntryCache cache = scratch.cache;
    int from = cache.from[key];
    int to = cache.from[key + 1];
    List<Integer> hits = new ArrayList<>(2);
    String compact = null;
    for (int x = from; x < to; x++) {
      int e = cache.pool[x];
      if (index.kindOf(e) != ReferenceIndex.ID) {
        continue;
      }
      int i = index.invoiceOf(e);
      String id = invoices.get(i).id().value();
      if (compact == null) {
        compact = scan.compact(s, len);
      }
      if (!hits.contains(i) && Keys.compact(id, 0, id.length()).equals(compact)) {
        hits.add(i);
      }
    }
    if (hits.size() > 1) {
      hits.sort(Comparator.comparing(i -> invoices.get(i).id()));
    }
    return hits;
  }

  private void recordHits(Ctx ctx, RemittanceScan scan, int s, int len, List<Integer> hits, IntSet definite,
      IntSet group, boolean loose) {
    if (!loose && hits.size() > 1) {
      String compact = scan.compact(s, len);
      List<Integer> exact = new ArrayList<>();
      for (int i : hits) {
        String id = invoices.get(i).id().value();
        if (Keys.compact(id, 0, id.length()).equals(compact)) {
          exact.add(i);
        }
      }
      if (exact.size() == 1) {
        hits = exact;
      }
    }
    if (!loose && hits.size() == 1) {
      if (!definite.add(hits.get(0))) {
        return;
      }
      InvoiceId id = invoices.get(hits.get(0)).id();
      ctx.notes.add(new Names(id, scan.writtenAs(s, len, id.value()) ? null : scan.written(s, len)));
    } else {
      for (int i : hits) {
        group.add(i);
      }
      ctx.notes.add("'" + scan.written(s, len) + "' in the remittance " + (loose ? "loosely fits " : "fits ") + ids(hits)
          + (hits.size() > 1 ? " (ambiguous)" : "") + ": needs the amount to confirm");
    }
  }

  private String indexedText(int i, byte kind) {
    Invoice inv = invoices.get(i);
    switch (kind) {
      case ReferenceIndex.REFERENCE:
        return inv.reference().orElse("");
      case ReferenceIndex.REFERENCE_RF:
        return CreditorReference.parse(inv.reference().orElseThrow()).reference();
      default:
        return inv.id().value();
    }
  }

  /** Whether a referenced item can take the payment: an invoice in its currency, issued by its date, open. */
  private boolean usable(Ctx ctx, int i) {
    int row = colRow[i];
    return !cols.isCreditNote(row) && cols.currency(cols.currencyIndex(row)).equals(ctx.currency)
        && cols.issueDay(row) <= ctx.date.toEpochDay() && openOf(i) > 0;
  }

  /** Removes the referenced items that cannot take the payment, saying why. */
  private void filterUsable(Ctx ctx, IntSet set, List<Integer> settled) {
    for (int k = 0; k < set.size(); k++) {
      int i = set.get(k);
      if (usable(ctx, i)) {
        continue; // the common case, read from the columns
      }
      Invoice inv = invoices.get(i);
      String why = null;
      if (inv.isCreditNote()) {
        why = inv.id() + " is a credit note, applied to its invoice rather than paid";
      } else if (!inv.amount().currency().equals(ctx.currency)) {
        why = inv.id() + " is in " + inv.amount().currencyCode() + " and the payment in "
            + ctx.currency.getCurrencyCode() + ": a payment is never matched to an invoice in another currency";
      } else if (inv.issueDate().isAfter(ctx.date)) {
        why = inv.id() + " was issued on " + inv.issueDate() + ", after the payment";
      } else if (openOf(i) <= 0) {
        why = inv.id() + " is already settled";
        if (!settled.contains(i)) {
          settled.add(i);
        }
      }
      if (why != null) {
        ctx.notes.add(why);
        set.removeAt(k--);
      }
    }
  }

  private void matchReferenced(Ctx ctx, IntSet definite, IntSet viaRf) {
    int[] items = oldestFirst(definite.toArray());
    long total = 0;
    for (int i : items) {
      total += openOf(i);
    }
    boolean rf = false;
    for (int i : items) {
      rf |= viaRf.contains(i);
    }
    MatchRule rule = rf ? MatchRule.CREDITOR_REFERENCE : MatchRule.REFERENCE;
    double base = rf ? 0.99 : 0.97;
    long a = ctx.amount;
    Currency cur = ctx.currency;
    if (a >= total) {
      finish(ctx, new Choice(rule, base, items, 0, new OpenCovered(cur, total, a > total)));
      return;
    }
    String open = Money.ofMinor(cur, total).toString();
    long shortfall = total - a;
    long largest = 0;
    for (int i : items) {
      largest = Math.max(largest, openOf(i));
    }
    if (cfg.tolerance().allows(cur, shortfall, total) && shortfall <= largest) {
      finish(ctx, new Choice(MatchRule.TOLERANCE, rf ? 0.96 : 0.95, largestLast(items), shortfall,
          "the shortfall of " + Money.ofMinor(cur, shortfall) + " on the open " + open + " is within the tolerance "
              + cfg.tolerance().describe(cur) + ": write-off proposed"));
      return;
    }
    finish(ctx, new Choice(rule, base, items, 0, "partial payment of " + Money.ofMinor(cur, a) + " on the open "
        + open + ": " + Money.ofMinor(cur, shortfall) + " remains open"
        + (cfg.tolerance().isNone() ? "" : " (beyond the tolerance " + cfg.tolerance().describe(cur) + ")")));
  }

  /** The amount rules over a pool of payable items (sorted by id). */
  private Outcome amountRules(Ctx ctx, int[] pool, boolean referenced) {
    long a = ctx.amount;
    Currency cur = ctx.currency;
    List<Integer> exact = referenced ? exactly(-1, pool, a, cur, ctx.date) : exactly(ctx.debtor, null, a, cur, ctx.date);
    long total = sum(pool);
    String amount = Money.ofMinor(cur, a).toString();
    if (exact.size() == 1) {
      int e = exact.get(0);
      CombinationSearch search = search(pool, a, 1);
      List<int[]> combos = search.run();
      if (combos.isEmpty()) {
        return new Outcome(new Choice(MatchRule.EXACT_AMOUNT, 0.9, new int[] {e}, 0,
            "open item " + invoices.get(e).id() + " is exactly " + amount
                + (search.exhausted() ? " (no combination found within the search budget)" : "")), List.of(), "");
      }
      return new Outcome(null, List.of(
          candidate(new int[] {e}, MatchRule.EXACT_AMOUNT, 0.6, "open item of exactly " + amount),
          candidate(combos.get(0), MatchRule.COMBINATION, 0.4, "these open items also sum to " + amount)),
          invoices.get(e).id() + " has exactly the amount, but " + ids(combos.get(0)) + " also sum to it: not matched"
              + " automatically");
    }
    if (exact.size() > 1) {
      List<Candidate> cands = new ArrayList<>();
      for (int i : oldestFirst(exact)) {
        cands.add(candidate(new int[] {i}, MatchRule.EXACT_AMOUNT, 0.5, "open item of exactly " + amount));
      }
      return new Outcome(null, cands, exact.size() + " open items have exactly " + amount + " (" + ids(exact)
          + "): equally good, not matched automatically");
    }
    if (pool.length >= 2 && total == a) {
      return new Outcome(new Choice(MatchRule.OPEN_BALANCE, 0.92, oldestFirst(pool), 0,
          "the amount equals the whole open balance " + amount + " of " + pool.length + " items"), List.of(), "");
    }
    String note = "";
    if (total > a) {
      CombinationSearch search = search(pool, a, 3);
      List<int[]> combos = search.run();
      if (combos.size() == 1 && !search.exhausted()) {
        return new Outcome(new Choice(MatchRule.COMBINATION, 0.8, oldestFirst(combos.get(0)), 0,
            "the only combination of open items summing to " + amount + " is " + ids(combos.get(0))), List.of(), "");
      }
      if (!combos.isEmpty()) {
        List<Candidate> cands = new ArrayList<>();
        for (int[] c : combos) {
          cands.add(candidate(oldestFirst(c), MatchRule.COMBINATION, 0.4, "these open items sum to " + amount));
        }
        return new Outcome(null, cands, (combos.size() > 1 ? "several combinations of open items sum to " + amount
            : "a combination sums to " + amount + " but the search budget ran out before proving it the only one")
            + ": not matched automatically");
      }
      if (search.exhausted()) {
        note = "the combination search stopped at its budget of " + cfg.nodeBudget() + " nodes";
      }
    }
    if (!cfg.tolerance().isNone()) {
      List<int[]> sets = new ArrayList<>();
      List<Long> shortfalls = new ArrayList<>();
      for (int i : pool) {
        long o = openOf(i);
        if (cfg.tolerance().allows(cur, o - a, o)) {
          sets.add(new int[] {i});
          shortfalls.add(o - a);
        }
      }
      long largest = 0;
      for (int i : pool) {
        largest = Math.max(largest, openOf(i));
      }
      if (pool.length >= 2 && cfg.tolerance().allows(cur, total - a, total) && total - a <= largest) {
        sets.add(largestLast(pool));
        shortfalls.add(total - a);
      }
      if (sets.size() == 1) {
        return new Outcome(new Choice(MatchRule.TOLERANCE, 0.8, sets.get(0), shortfalls.get(0),
            (sets.get(0).length == 1 ? "open item " + invoices.get(sets.get(0)[0]).id() : "the open balance of "
                + sets.get(0).length + " items") + " exceeds the amount by " + Money.ofMinor(cur, shortfalls.get(0))
                + ", within the tolerance " + cfg.tolerance().describe(cur) + ": write-off proposed"), List.of(), "");
      }
      if (sets.size() > 1) {
        List<Candidate> cands = new ArrayList<>();
        for (int k = 0; k < sets.size(); k++) {
          cands.add(candidate(sets.get(k), MatchRule.TOLERANCE, 0.4, "short by " + Money.ofMinor(cur, shortfalls.get(k))
              + ", within tolerance"));
        }
        return new Outcome(null, cands, "several open items fit within the tolerance: not matched automatically");
      }
    }
    if (total < a && pool.length > 0) {
      return new Outcome(new Choice(MatchRule.OPEN_BALANCE, 0.8, oldestFirst(pool), 0,
          "the amount exceeds the whole open balance " + Money.ofMinor(cur, total) + ": every open item is settled"
              + " and the rest is unapplied credit"), List.of(), "");
    }
    return new Outcome(null, List.of(), note);
  }

  private CombinationSearch search(int[] pool, long target, int limit) {
    List<Integer> below = new ArrayList<>();
    for (int i : pool) {
      if (openOf(i) < target) {
        below.add(i);
      }
    }
    below.sort(Comparator.comparing((Integer i) -> -openOf(i)).thenComparing(i -> invoices.get(i).id()));
    long[] values = new long[below.size()];
    int[] ids = new int[below.size()];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = below.get(k);
      values[k] = openOf(ids[k]);
    }
    return new CombinationSearch(values, ids, target, cfg.maxCombination(), cfg.nodeBudget(), limit);
  }

  private void finish(Ctx ctx, Choice choice) {
    double confidence = round(choice.base() * ctx.factor);
    DebtorId debtor = debtors[ctx.debtor].id();
    if (confidence < cfg.minimumConfidence()) {
      suggest(ctx, List.of(candidate(choice.items(), choice.rule(), confidence, choice.whyText())),
          "confidence " + confidence + " is below the minimum " + cfg.minimumConfidence() + " for an automatic match; "
              + explain(choice.why(), ctx.notes.toArray()));
      return;
    }
    // written when read: the reason and the notes as they stand now (a copy; each note is immutable)
    Object why = choice.why();
    Object[] notes = ctx.notes.toArray();
    Currency cur = ctx.currency;
    long left = ctx.amount;
    List<Allocation> allocations = new ArrayList<>(choice.items().length);
    for (int i : choice.items()) {
      long take = Math.min(left, openOf(i));
      if (take > 0) {
        allocations.add(Allocation.ofPayment(ctx.payment.id(), invoices.get(i).id(), Money.ofMinor(cur, take),
            ctx.date));
        consume(i, take);
        left -= take;
      }
    }
    Optional<Allocation> writeOff = Optional.empty();
    if (choice.writeOff() > 0) {
      int last = choice.items()[choice.items().length - 1];
      long w = Math.min(choice.writeOff(), openOf(last));
      if (w > 0) {
        writeOff = Optional.of(new Allocation(Allocation.Source.WRITE_OFF, ctx.payment.id().value(),
            invoices.get(last).id(), Money.ofMinor(cur, w), ctx.date));
        consume(last, w);
      }
    }
    Money amount = Money.ofMinor(cur, ctx.amount);
    ctx.match = Match.deferred(ctx.payment.id(), debtor, choice.rule(), confidence, ctx.by, amount, allocations,
        writeOff, Money.ofMinor(cur, left), () -> explain(why, notes));
    record(ctx);
  }

  /** {@code why + "; "} and the notes joined by {@code "; "}, their texts written in one buffer. */
  private static String explain(Object why, Object[] notes) {
    String[] texts = new String[notes.length];
    String reason = text(why);
    int length = reason.length() + 2 + Math.max(0, 2 * (notes.length - 1));
    for (int k = 0; k < notes.length; k++) {
      texts[k] = text(notes[k]);
      length += texts[k].length();
    }
    StringBuilder sb = new StringBuilder(length).append(reason).append("; ");
    for (int k = 0; k < texts.length; k++) {
      if (k > 0) {
        sb.append("; ");
      }
      sb.append(texts[k]);
    }
    return sb.toString();
  }

  private void suggest(Ctx ctx, List<Candidate> candidates, String why) {
    List<Candidate> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparing((Candidate c) -> -c.confidence()).thenComparing(c -> c.invoiceIds().get(0)));
    ctx.suggestion = new Suggestion(ctx.payment.id(), debtorOf(ctx), Money.ofMinor(ctx.currency, ctx.amount), ranked,
        why);
    record(ctx);
  }

  private void unmatched(Ctx ctx, String reason) {
    ctx.unmatched = new Unmatched(ctx.payment.id(), debtorOf(ctx), Money.ofMinor(ctx.currency, ctx.amount), reason);
    record(ctx);
  }

  private Optional<DebtorId> debtorOf(Ctx ctx) {
    return ctx.debtor < 0 ? Optional.empty() : Optional.of(debtors[ctx.debtor].id());
  }

  private void record(Ctx ctx) {
    Payment p = ctx.payment;
    if (p.debtorId().isEmpty() && ctx.debtor >= 0 && ledger.payment(p.id()).isEmpty()) {
      p = new Payment(p.id(), p.date(), p.amount(), Optional.of(debtors[ctx.debtor].id()), p.remittance(),
          p.payerName(), p.payerIban());
    }
    ctx.recorded = p;
  }

  // ---------------------------------------------------------------- helpers

  private Candidate candidate(int[] items, MatchRule rule, double confidence, String why) {
    List<InvoiceId> ids = new ArrayList<>(items.length);
    for (int i : items) {
      ids.add(invoices.get(i).id());
    }
    return new Candidate(ids, rule, round(confidence), why);
  }

  private int debtorOf(int invoice) {
    return invoiceDebtor[invoice];
  }

  private long sum(int[] items) {
    long s = 0;
    for (int i : items) {
      s += openOf(i);
    }
    return s;
  }

  private int[] sortById(int[] items) {
    return Arrays.stream(items).boxed().sorted(Comparator.comparing(i -> invoices.get(i).id())).mapToInt(Integer::intValue).toArray();
  }

  private int[] oldestFirst(Collection<Integer> items) {
    int[] a = new int[items.size()];
    int k = 0;
    for (int i : items) {
      a[k++] = i;
    }
    return oldestFirst(a);
  }

  private int[] oldestFirst(int[] items) {
    int[] out = items.clone();
    for (int a = 1; a < out.length; a++) {
      int v = out[a];
      int b = a - 1;
      while (b >= 0 && olderFirst(v, out[b]) < 0) {
        out[b + 1] = out[b];
        b--;
      }
      out[b + 1] = v;
    }
    return out;
  }

  private int olderFirst(int x, int y) {
    int c = invoices.get(x).issueDate().compareTo(invoices.get(y).issueDate());
    return c != 0 ? c : invoices.get(x).id().compareTo(invoices.get(y).id());
  }

  /** Oldest first, but the largest open item last, so a shortfall falls on one item. */
  private int[] largestLast(int[] items) {
    int[] sorted = oldestFirst(items);
    int best = 0;
    for (int k = 1; k < sorted.length; k++) {
      long o = openOf(sorted[k]);
      long b = openOf(sorted[best]);
      if (o > b || (o == b && invoices.get(sorted[k]).id().compareTo(invoices.get(sorted[best]).id()) > 0)) {
        best = k;
      }
    }
    int[] out = new int[sorted.length];
    int j = 0;
    for (int k = 0; k < sorted.length; k++) {
      if (k != best) {
        out[j++] = sorted[k];
      }
    }
    out[j] = sorted[best];
    return out;
  }

  private String ids(Collection<Integer> items) {
    return ids(items.stream().mapToInt(Integer::intValue).toArray());
  }

  private String ids(int[] items) {
    StringBuilder sb = new StringBuilder();
    for (int i : items) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(invoices.get(i).id());
    }
    return sb.toString();
  }

  private String debtorIds(Collection<Integer> ds) {
    return debtorIds(ds.stream().mapToInt(Integer::intValue).toArray());
  }

  private String debtorIds(int[] ds) {
    StringBuilder sb = new StringBuilder();
    for (int d : ds) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(debtors[d].id());
    }
    return sb.toString();
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /**
   * Whether the text, stripped, has at least 5 characters and starts with "RF" in any case (what
   * {@code t.substring(0, 2).toUpperCase(Locale.ROOT).equals("RF")} tells: only r/R and f/F upper-case
   * to R and F), without making the stripped text.
   */
  static boolean looksLikeRf(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && Character.isWhitespace(s.codePointAt(from))) {
      from += Character.charCount(s.codePointAt(from));
    }
    while (to > from && Character.isWhitespace(s.codePointBefore(to))) {
      to -= Character.charCount(s.codePointBefore(to));
    }
    if (to - from < 5) {
      return false;
    }
    char r = s.charAt(from);
    char f = s.charAt(from + 1);
    return (r == 'R' || r == 'r') && (f == 'F' || f == 'f');
  }
}
