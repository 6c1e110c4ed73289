package dev.recovery.core.ledger;

import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A primitive, columnar view of a {@link Ledger}'s invoices for the hot paths (aging, KPIs, the daily
 * run over millions of open items): epoch days as {@code int}, amounts in minor units as {@code
 * long}, debtors and currencies as small indexes, installments and allocations as flat arrays.
 *
 * <p>Immutable and thread-safe once built; built once per ledger by {@link Ledger#columns()}. Rows
 * are grouped by debtor: debtor {@code d}'s invoices are the rows {@code [debtorRowStart(d),
 * debtorRowStart(d + 1))}, in the ledger's input order, so a pass over one debtor reads adjacent
 * memory rather than a row here and there across the whole ledger; {@link #inputIndex(int)} and
 * {@link #rowOfInput(int)} convert between rows and positions in {@link Ledger#invoices()}.
 * Installment amounts are the cent-exact split of
 * {@link dev.recovery.core.money.Money#split(int)} (the remainder to the first installments), so the
 * view agrees with {@link Ledger#openItems(Invoice, LocalDate)}.
 */
public final class LedgerColumns {

  private final Invoice[] invoices;
  private final int[] inputIndex;
  /** The inverse of {@link #inputIndex}, made on first use (few callers need it). */
  private volatile int[] rowOfInput;
  private final DebtorId[] debtors;
  /** Debtor index + 1 by open addressing on the id's hash; 0 for an empty slot. */
  private final int[] debtorSlots;
  /** The debtor indexes in debtor-id order, and each debtor's position in that order. */
  private final int[] debtorsById;
  private final int[] debtorRankById;
  private final Map<Currency, Integer> currencyIds;
  private final int[] debtorIndex;
  private final Currency[] currencies;
  private final short[] currencyIndex;
  private final int[] issueDay;
  private final boolean[] creditNote;
  private final long[] amount;
  private final int[] installmentStart;
  private final int[] installmentDueDay;
  private final long[] installmentAmount;
  private final int[] allocationStart;
  private final int[] allocationDay;
  private final long[] allocationAmount;
  private final int[] debtorRowStart;
  /** The invoice ids by row: reading one does not read the invoice. */
  private final InvoiceId[] ids;
  /**
   * The id texts by row, when every one is ASCII: row {@code r}'s is {@code idText[idStart[r]..idStart[r
   * + 1])}, one byte a character; null otherwise. Adjacent rows' texts are adjacent, so sorting and
   * hashing a debtor's invoice ids reads a few cache lines instead of an object graph per id.
   */
  private final byte[] idText;
  private final int[] idStart;
  /** The debtor id texts by debtor index, the same way: null unless every one is ASCII. */
  private final byte[] debtorIdText;
  private final int[] debtorIdStart;

  LedgerColumns(Ledger ledger) {
    List<Invoice> input = ledger.invoices();
    int n = input.size();
    List<DebtorId> debtorList = new ArrayList<>(ledger.debtors().keySet());
    this.debtors = debtorList.toArray(new DebtorId[0]);
    // the debtors in id order, sorted once per ledger: reconciliation, segmentation and the daily run
    // all give their results in that order
    Integer[] byId = new Integer[debtors.length];
    for (int i = 0; i < byId.length; i++) {
      byId[i] = i;
    }
    Arrays.parallelSort(byId, (x, y) -> debtors[x].compareTo(debtors[y]));
    debtorsById = new int[debtors.length];
    debtorRankById = new int[debtors.length];
    for (int k = 0; k < byId.length; k++) {
      debtorsById[k] = byId[k];
      debtorRankById[byId[k]] = k;
    }
    this.debtorSlots = new int[Integer.highestOneBit(Math.max(4, debtors.length) * 2 - 1) << 1];
    for (int i = 0; i < debtors.length; i++) {
      int slot = home(debtors[i]);
      while (debtorSlots[slot] != 0) {
        slot = (slot + 1) & (debtorSlots.length - 1);
      }
      debtorSlots[slot] = i + 1;
    }
    int[] debtorOfInput = new int[n];
    for (int i = 0; i < n; i++) {
      debtorOfInput[i] = debtorIndexOf(input.get(i).debtorId());
    }
    debtorRowStart = new int[debtors.length + 1];
    inputIndex = new int[n];
    groupRowsByDebtor(debtorOfInput, debtorRowStart, inputIndex);
    invoices = new Invoice[n];
    ids = new InvoiceId[n];
    for (int row = 0; row < n; row++) {
      invoices[row] = input.get(inputIndex[row]);
      ids[row] = invoices[row].id();
    }
    idStart = new int[n + 1];
    idText = asciiTexts(n, row -> ids[row].value(), idStart);
    debtorIdStart = new int[debtors.length + 1];
    debtorIdText = asciiTexts(debtors.length, d -> debtors[d].value(), debtorIdStart);
    this.currencyIds = new HashMap<>();
    List<Currency> currencyList = new ArrayList<>();
    debtorIndex = new int[n];
    currencyIndex = new short[n];
    issueDay = new int[n];
    creditNote = new boolean[n];
    amount = new long[n];
    installmentStart = new int[n + 1];
    int[] dueDays = new int[n + n / 4 + 16];
    long[] instAmounts = new long[dueDays.length];
    int instCount = 0;
    Currency lastCurrency = null;
    int lastCurrencyIndex = -1;
    for (int i = 0; i < n; i++) {
      Invoice invoice = invoices[i];
      debtorIndex[i] = debtorOfInput[inputIndex[i]];
      Currency currency = invoice.amount().currency();
      if (currency != lastCurrency) {
        Integer idx = currencyIds.get(currency);
        if (idx == null) {
          idx = currencyList.size();
          currencyIds.put(currency, idx);
          currencyList.add(currency);
        }
        lastCurrency = currency;
        lastCurrencyIndex = idx;
      }
      currencyIndex[i] = (short) lastCurrencyIndex;
      issueDay[i] = (int) invoice.issueDate().toEpochDay();
      creditNote[i] = invoice.isCreditNote();
      long total = invoice.amount().toMinorUnits();
      amount[i] = total;
      installmentStart[i] = instCount;
      int parts = invoice.dueDate().isPresent() || creditNote[i] ? 1 : invoice.terms().installmentCount();
      if (instCount + parts > dueDays.length) {
        int size = Math.max(dueDays.length * 3 / 2, instCount + parts);
        dueDays = Arrays.copyOf(dueDays, size);
        instAmounts = Arrays.copyOf(instAmounts, size);
      }
      if (parts == 1) {
        dueDays[instCount] = (int) invoice.finalDueDate().toEpochDay();
        instAmounts[instCount] = total;
        instCount++;
      } else {
        long base = total / parts;
        long remainder = total - base * parts;
        for (int p = 0; p < parts; p++) {
          dueDays[instCount] = (int) invoice.terms().dueDate(invoice.issueDate(), p + 1).toEpochDay();
          instAmounts[instCount] = base + (p < remainder ? 1 : 0);
          instCount++;
        }
      }
    }
    installmentStart[n] = instCount;
    AllocationArrays allocs = AllocationArrays.of(ledger, inputIndex);
    allocationStart = allocs.start();
    allocationDay = allocs.day();
    allocationAmount = allocs.amount();
    installmentDueDay = Arrays.copyOf(dueDays, instCount);
    installmentAmount = Arrays.copyOf(instAmounts, instCount);
    currencies = currencyList.toArray(new Currency[0]);
  }

  /**
   * The texts {@code text(0..count)}, one byte a character, end to end, filling {@code start} with
   * where each begins (and {@code start[count]} with the total length); null when a text is not ASCII.
   */
  private static byte[] asciiTexts(int count, java.util.function.IntFunction<String> texts, int[] start) {
    long length = 0;
    for (int r = 0; r < count; r++) {
      length += texts.apply(r).length();
      if (length > Integer.MAX_VALUE - 16) {
        return null;
      }
    }
    byte[] text = new byte[(int) length];
    int at = 0;
    for (int r = 0; r < count; r++) {
      start[r] = at;
      String v = texts.apply(r);
      for (int c = 0; c < v.length(); c++) {
        char ch = v.charAt(c);
        if (ch >= 0x80) {
          return null;
        }
        text[at++] = (byte) ch;
      }
    }
    start[count] = at;
    return text;
  }

  /**
   * Fills {@code start} and {@code order} (a counting sort) so that debtor d's input positions,
   * ascending, are {@code order[start[d]..start[d+1])}.
   */
  private static void groupRowsByDebtor(int[] debtorOfInput, int[] start, int[] order) {
    for (int d : debtorOfInput) {
      start[d + 1]++;
    }
    for (int d = 0; d + 1 < start.length; d++) {
      start[d + 1] += start[d];
    }
    int[] next = Arrays.copyOf(start, start.length - 1);
    for (int i = 0; i < debtorOfInput.length; i++) {
      order[next[debtorOfInput[i]]++] = i;
    }
  }

  /**
   * A view that shares the invoice side of {@code base} (same invoices, same debtors) and reads the
   * allocations of {@code ledger}: what a ledger derived by {@link Ledger#withAllocations} needs.
   */
  LedgerColumns(LedgerColumns base, Ledger ledger) {
    this.invoices = base.invoices;
    this.inputIndex = base.inputIndex;
    this.rowOfInput = base.rowOfInput;
    this.debtors = base.debtors;
    this.debtorSlots = base.debtorSlots;
    this.debtorsById = base.debtorsById;
    this.debtorRankById = base.debtorRankById;
    this.currencyIds = base.currencyIds;
    this.currencies = base.currencies;
    this.debtorIndex = base.debtorIndex;
    this.currencyIndex = base.currencyIndex;
    this.issueDay = base.issueDay;
    this.creditNote = base.creditNote;
    this.amount = base.amount;
    this.installmentStart = base.installmentStart;
    this.installmentDueDay = base.installmentDueDay;
    this.installmentAmount = base.installmentAmount;
    this.debtorRowStart = base.debtorRowStart;
    this.ids = base.ids;
    this.idText = base.idText;
    this.idStart = base.idStart;
    this.debtorIdText = base.debtorIdText;
    this.debtorIdStart = base.debtorIdStart;
    AllocationArrays allocs = AllocationArrays.of(ledger, inputIndex);
    this.allocationStart = allocs.start();
    this.allocationDay = allocs.day();
    this.allocationAmount = allocs.amount();
  }

  /**
   * The allocations of a ledger by columnar row: those of row {@code r} are {@code [start[r], start[r
   * + 1])}, by date. Copied from the ledger's allocations by input row, so reading them here is
   * sequential for a pass over the rows.
   */
  private record AllocationArrays(int[] start, int[] day, long[] amount) {
    static AllocationArrays of(Ledger ledger, int[] inputIndex) {
      Ledger.AllocationsByRow byInput = ledger.allocationsByRow();
      int rows = inputIndex.length;
      int[] inputStart = byInput.start();
      int[] start = new int[rows + 1];
      for (int r = 0; r < rows; r++) {
        int i = inputIndex[r];
        start[r + 1] = start[r] + inputStart[i + 1] - inputStart[i];
      }
      int[] day = new int[start[rows]];
      long[] amount = new long[start[rows]];
      for (int r = 0; r < rows; r++) {
        int count = start[r + 1] - start[r];
        if (count > 0) {
          int from = inputStart[inputIndex[r]];
          System.arraycopy(byInput.day(), from, day, start[r], count);
          System.arraycopy(byInput.minor(), from, amount, start[r], count);
        }
      }
      return new AllocationArrays(start, day, amount);
    }
  }

  /** The number of rows (invoices and credit notes). */
  public int size() {
    return inputIndex.length;
  }

  /** The invoice of a row. */
  public Invoice invoice(int row) {
    return invoices[row];
  }

  /** The id of a row's invoice ({@code invoice(row).id()}, without reading the invoice). */
  public InvoiceId invoiceId(int row) {
    return ids[row];
  }

  /**
   * Compares the ids of two rows' invoices: the sign of {@code invoiceId(a).compareTo(invoiceId(b))},
   * read from the id texts kept end to end when they are all ASCII.
   */
  public int compareInvoiceIds(int a, int b) {
    byte[] t = idText;
    if (t == null) {
      return ids[a].compareTo(ids[b]);
    }
    int i = idStart[a];
    int endA = idStart[a + 1];
    int j = idStart[b];
    int endB = idStart[b + 1];
    int mismatch = Arrays.mismatch(t, i, endA, t, j, endB);
    if (mismatch < 0) {
      return 0;
    }
    int lengthA = endA - i;
    int lengthB = endB - j;
    if (mismatch == Math.min(lengthA, lengthB)) {
      return lengthA - lengthB;
    }
    return t[i + mismatch] - t[j + mismatch];
  }

  /** Whether every invoice id is ASCII, so that {@link #copyInvoiceId} gives each one's text. */
  public boolean asciiInvoiceIds() {
    return idText != null;
  }

  /** The length of a row's invoice id text ({@code invoiceId(row).value().length()}). */
  public int invoiceIdLength(int row) {
    return idText == null ? ids[row].value().length() : idStart[row + 1] - idStart[row];
  }

  /**
   * Copies the text of a row's invoice id, one byte a character, into {@code dest} at {@code at},
   * and gives the position after it; only when {@link #asciiInvoiceIds()}.
   *
   * @throws IllegalStateException when an invoice id of the ledger is not ASCII
   * @throws IndexOutOfBoundsException when {@code dest} has no room for it at {@code at}
   */
  public int copyInvoiceId(int row, byte[] dest, int at) {
    if (idText == null) {
      throw new IllegalStateException("an invoice id of this ledger is not ASCII: copy its text from invoiceId(row)");
    }
    return copyText(idText, idStart, row, dest, at);
  }

  /** Whether every debtor id is ASCII, so that {@link #copyDebtorId} gives each one's text. */
  public boolean asciiDebtorIds() {
    return debtorIdText != null;
  }

  /** The length of a debtor's id text ({@code debtor(index).value().length()}). */
  public int debtorIdLength(int index) {
    return debtorIdText == null ? debtors[index].value().length() : debtorIdStart[index + 1] - debtorIdStart[index];
  }

  /**
   * Copies the text of the id of the debtor at {@code index}, one byte a character, into {@code dest}
   * at {@code at}, and gives the position after it; only when {@link #asciiDebtorIds()}.
   *
   * @throws IllegalStateException when a debtor id of the ledger is not ASCII
   * @throws IndexOutOfBoundsException when {@code dest} has no room for it at {@code at}
   */
  public int copyDebtorId(int index, byte[] dest, int at) {
    if (debtorIdText == null) {
      throw new IllegalStateException("a debtor id of this ledger is not ASCII: copy its text from debtor(index)");
    }
    return copyText(debtorIdText, debtorIdStart, index, dest, at);
  }

  /** Copies text {@code k} of texts kept end to end into {@code dest} at {@code at}; the position after it. */
  private static int copyText(byte[] text, int[] start, int k, byte[] dest, int at) {
    int from = start[k];
    int length = start[k + 1] - from;
    System.arraycopy(text, from, dest, at, length);
    return at + length;
  }

  /** The position in {@link Ledger#invoices()} of a row's invoice. */
  public int inputIndex(int row) {
    return inputIndex[row];
  }

  /** The row of the invoice at that position of {@link Ledger#invoices()}. */
  public int rowOfInput(int inputIndex) {
    int[] rows = rowOfInput;
    if (rows == null) {
      rows = new int[this.inputIndex.length];
      for (int row = 0; row < rows.length; row++) {
        rows[this.inputIndex[row]] = row;
      }
      rowOfInput = rows;
    }
    return rows[inputIndex];
  }

  /** The invoices of a debtor (its rows), in input order, as an unmodifiable view. */
  public List<Invoice> invoicesOf(int debtorIndex) {
    int from = debtorRowStart[debtorIndex];
    int to = debtorRowStart[debtorIndex + 1];
    return from == to ? List.of() : Collections.unmodifiableList(Arrays.asList(invoices).subList(from, to));
  }

  /** The distinct debtors, indexed by {@link #debtorIndex(int)} (in the ledger's debtor order). */
  public DebtorId debtor(int index) {
    return debtors[index];
  }

  /** The number of distinct debtors. */
  public int debtorCount() {
    return debtors.length;
  }

  private int home(DebtorId debtor) {
    int h = debtor.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (debtorSlots.length - 1);
  }

  /** The index of the debtor at position {@code rank} of the debtors in id order. */
  public int debtorByIdRank(int rank) {
    return debtorsById[rank];
  }

  /** The position of a debtor (by index) among the debtors in id order. */
  public int debtorIdRank(int debtorIndex) {
    return debtorRankById[debtorIndex];
  }

  /** The index of a debtor, or -1 when the ledger does not know it. */
  public int debtorIndexOf(DebtorId debtor) {
    for (int slot = home(debtor); debtorSlots[slot] != 0; slot = (slot + 1) & (debtorSlots.length - 1)) {
      int index = debtorSlots[slot] - 1;
      DebtorId candidate = debtors[index];
      if (candidate == debtor || candidate.equals(debtor)) {
        return index;
      }
    }
    return -1;
  }

  /** The index of a currency, or -1 when no invoice of the ledger is in it. */
  public int currencyIndexOf(Currency currency) {
    Integer index = currencyIds.get(currency);
    return index == null ? -1 : index;
  }

  /** The debtor index of a row. */
  public int debtorIndex(int row) {
    return debtorIndex[row];
  }

  /** The currency with that index. */
  public Currency currency(int index) {
    return currencies[index];
  }

  /** The number of distinct currencies. */
  public int currencyCount() {
    return currencies.length;
  }

  /** The currency index of a row. */
  public int currencyIndex(int row) {
    return currencyIndex[row];
  }

  /** The issue date of a row as an epoch day. */
  public int issueDay(int row) {
    return issueDay[row];
  }

  /** Whether the row is a credit note. */
  public boolean isCreditNote(int row) {
    return creditNote[row];
  }

  /** The amount of a row in minor units. */
  public long amount(int row) {
    return amount[row];
  }

  /** The first installment slot of a row; its installments are {@code [start(row), start(row + 1))}. */
  public int installmentStart(int row) {
    return installmentStart[row];
  }

  /** The due date, as an epoch day, of an installment slot. */
  public int installmentDueDay(int slot) {
    return installmentDueDay[slot];
  }

  /** The amount, in minor units, of an installment slot. */
  public long installmentAmount(int slot) {
    return installmentAmount[slot];
  }

  /** The final due date (last installment) of a row, as an epoch day. */
  public int finalDueDay(int row) {
    return installmentDueDay[installmentStart[row + 1] - 1];
  }

  /** What was applied to the row's invoice on or before {@code asOfDay} (epoch day), in minor units. */
  public long paid(int row, int asOfDay) {
    long total = 0;
    for (int k = allocationStart[row]; k < allocationStart[row + 1]; k++) {
      if (allocationDay[k] <= asOfDay) {
        total += allocationAmount[k];
      }
    }
    return total;
  }

  /**
   * The epoch day on which the row's invoice became fully settled, or {@code Integer.MIN_VALUE} when
   * it is not settled.
   */
  public int settledDay(int row) {
    long total = 0;
    for (int k = allocationStart[row]; k < allocationStart[row + 1]; k++) {
      total += allocationAmount[k];
      if (total >= amount[row]) {
        return allocationDay[k];
      }
    }
    return Integer.MIN_VALUE;
  }

  /**
   * The first row of a debtor: the debtor's rows, in input order, are {@code [debtorRowStart(d),
   * debtorRowStart(d + 1))}.
   */
  public int debtorRowStart(int debtorIndex) {
    return debtorRowStart[debtorIndex];
  }

  /**
   * Adds the open installments of a row as of {@code asOf} to {@code out}, as {@link
   * Ledger#openItems(Invoice, LocalDate)} gives them: nothing for credit notes, settled invoices and
   * invoices issued later; what was paid settles the earliest installments first.
   */
  public void addOpenItems(int row, LocalDate asOf, List<OpenItem> out) {
    int asOfDay = (int) asOf.toEpochDay();
    if (creditNote[row] || issueDay[row] > asOfDay) {
      return;
    }
    long paid = paid(row, asOfDay);
    if (paid >= amount[row]) {
      return;
    }
    Invoice invoice = invoices[row];
    Currency currency = currencies[currencyIndex[row]];
    int first = installmentStart[row];
    for (int slot = first; slot < installmentStart[row + 1]; slot++) {
      long instAmount = installmentAmount[slot];
      long covered = Math.min(paid, instAmount);
      paid -= covered;
      long open = instAmount - covered;
      if (open > 0) {
        out.add(new OpenItem(invoice, slot - first + 1, LocalDate.ofEpochDay(installmentDueDay[slot]),
            Money.ofMinor(currency, instAmount), Money.ofMinor(currency, open)));
      }
    }
  }

  /**
   * The due date, as an epoch day, of the row's earliest open installment as of {@code asOfDay} (what
   * was paid settles the earliest installments first), or {@code Integer.MIN_VALUE} when nothing is
   * open: a credit note, a settled invoice, or one issued later.
   */
  public int firstOpenDueDay(int row, int asOfDay) {
    if (creditNote[row] || issueDay[row] > asOfDay) {
      return Integer.MIN_VALUE;
    }
    long paid = paid(row, asOfDay);
    if (paid >= amount[row]) {
      return Integer.MIN_VALUE;
    }
    for (int slot = installmentStart[row]; slot < installmentStart[row + 1]; slot++) {
      if (paid < installmentAmount[slot]) {
        return installmentDueDay[slot];
      }
      paid -= installmentAmount[slot];
    }
    return Integer.MIN_VALUE;
  }

  /** Money of {@code minor} units in the currency with that index. */
  public Money money(int currencyIndex, long minor) {
    return Money.ofMinor(currencies[currencyIndex], minor);
  }
}
