package dev.recovery.core.risk;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.casefile.Promises;
import dev.recovery.core.casefile.ReasonFamily;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.LedgerColumns;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Computes {@link DebtorFeatures} from a ledger and each debtor's case file, as of one date.
 *
 * <p>Immutable and thread-safe: build it once per ledger and date, then call {@link #features} for
 * each debtor, from several threads if wanted. Construction makes one pass over the ledger's
 * columnar view ({@link Ledger#columns()}), whose rows are grouped by debtor, split over the cores for
 * a large ledger: it derives each invoice's open, overdue and settlement figures as of the date and
 * totals the creditor's revenue per currency over the short window. Each debtor then costs only its
 * own invoices, read from contiguous memory, and its events. The exact definition of
 * every feature is on {@link DebtorFeatures}.
 */
public final class FeatureCalculator {

  private static final BigDecimal MAX_SHARE = BigDecimal.ONE.setScale(4);
  private static final BigDecimal ZERO_SHARE = BigDecimal.ZERO.setScale(4);

  private final Ledger ledger;
  private final LocalDate asOf;
  private final FeatureConfig config;
  private final LedgerColumns columns;
  private final int asOfDay;
  private final int shortStartDay;
  private final int longStartDay;
  private final LocalDate longStart;
  private final LocalDate contactStart;
  private final long[] creditorRevenue;
  // Per row of the columnar view, as of the date (the rows of debtor d are at
  // [columns.debtorRowStart(d), columns.debtorRowStart(d + 1)), so each debtor reads contiguous memory).
  private final int[] issueDay;
  private final int[] meta; // currency index << 2 | 2 if an installment is overdue | 1 if a credit note
  private final long[] amount;
  private final long[] open;
  private final long[] overdue;
  private final int[] oldestDaysPastDue;
  private final int[] dueDay;
  private final int[] endDay; // the day it was settled when on or before the as-of date, else the as-of date

  private FeatureCalculator(Ledger ledger, LocalDate asOf, FeatureConfig config, int parallelRows) {
    this.ledger = ledger;
    this.asOf = asOf;
    this.config = config;
    this.columns = ledger.columns();
    this.asOfDay = (int) asOf.toEpochDay();
    this.shortStartDay = (int) asOf.minusMonths(config.shortWindowMonths()).toEpochDay();
    this.longStart = asOf.minusMonths(config.longWindowMonths());
    this.longStartDay = (int) longStart.toEpochDay();
    this.contactStart = asOf.minusDays(config.contactDays());
    int n = columns.size();
    issueDay = new int[n];
    meta = new int[n];
    amount = new long[n];
    open = new long[n];
    overdue = new long[n];
    oldestDaysPastDue = new int[n];
    dueDay = new int[n];
    endDay = new int[n];
    // The columns' rows are grouped by debtor, so the figures are stored by row and each debtor reads
    // contiguous memory. Every row is computed on its own: the rows are split into parts computed in
    // parallel, each with its own revenue sums, added in part order (exact sums: the same whatever
    // the split).
    int parts = n < parallelRows ? 1 : Math.max(2, Runtime.getRuntime().availableProcessors() * 4);
    long[][] revenues = new long[parts][];
    IntStream range = IntStream.range(0, parts);
    (parts > 1 ? range.parallel() : range).forEach(
        part -> revenues[part] = computeRows((int) ((long) n * part / parts), (int) ((long) n * (part + 1) / parts)));
    long[] revenue = new long[columns.currencyCount()];
    for (long[] r : revenues) {
      for (int c = 0; c < revenue.length; c++) {
        revenue[c] += r[c];
      }
    }
    this.creditorRevenue = revenue;
  }

  /** Rows from which the construction is split over the cores. */
  static final int PARALLEL_ROWS = 50_000;

  /**
   * Computes the figures of rows {@code [from, to)} as of the date, and returns the creditor's revenue
   * per currency over the short window from those rows (invoices less credit notes issued in it).
   */
  private long[] computeRows(int from, int to) {
    long[] revenue = new long[columns.currencyCount()];
    for (int row = from; row < to; row++) {
      int issue = columns.issueDay(row);
      long a = columns.amount(row);
      boolean credit = columns.isCreditNote(row);
      if (issue > shortStartDay && issue <= asOfDay) {
        revenue[columns.currencyIndex(row)] += credit ? -a : a;
      }
      issueDay[row] = issue;
      amount[row] = a;
      int flags = columns.currencyIndex(row) << 2 | (credit ? 1 : 0);
      if (!credit && issue <= asOfDay) {
        long paid = columns.paid(row, asOfDay);
        if (paid < a) {
          open[row] = a - paid;
          long remaining = paid;
          long late = 0;
          int oldest = 0;
          for (int slot = columns.installmentStart(row); slot < columns.installmentStart(row + 1); slot++) {
            long part = columns.installmentAmount(slot);
            long covered = Math.min(remaining, part);
            remaining -= covered;
            int due = columns.installmentDueDay(slot);
            if (part > covered && due < asOfDay) {
              late += part - covered;
              oldest = Math.max(oldest, asOfDay - due);
            }
          }
          if (late > 0) {
            overdue[row] = late;
            oldestDaysPastDue[row] = oldest;
            flags |= 2;
          }
        }
        dueDay[row] = columns.finalDueDay(row);
        int settled = columns.settledDay(row);
        endDay[row] = settled != Integer.MIN_VALUE && settled <= asOfDay ? settled : asOfDay;
      }
      meta[row] = flags;
    }
    return revenue;
  }

  /** A calculator over {@code ledger} as of {@code asOf} with the given configuration. */
  public static FeatureCalculator of(Ledger ledger, LocalDate asOf, FeatureConfig config) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(config, "config");
    return new FeatureCalculator(ledger, asOf, config, PARALLEL_ROWS);
  }

  /** A calculator whose construction is split over the cores from {@code parallelRows} rows (for tests). */
  static FeatureCalculator of(Ledger ledger, LocalDate asOf, FeatureConfig config, int parallelRows) {
    return new FeatureCalculator(ledger, asOf, config, parallelRows);
  }

  /** A calculator over {@code ledger} as of {@code asOf} with {@link FeatureConfig#defaults()}. */
  public static FeatureCalculator of(Ledger ledger, LocalDate asOf) {
    return of(ledger, asOf, FeatureConfig.defaults());
  }

  /** The ledger. */
  public Ledger ledger() {
    return ledger;
  }

  /** The as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The configuration. */
  public FeatureConfig config() {
    return config;
  }

  /** The creditor's revenue over the short window in one currency: invoices less credit notes issued in it. */
  public Money creditorRevenue(Currency currency) {
    int c = columns.currencyIndexOf(currency);
    return c < 0 ? Money.zero(currency) : columns.money(c, creditorRevenue[c]);
  }

  /** The features of a debtor with no case-file event. */
  public DebtorFeatures features(DebtorId debtor) {
    return features(debtor, CaseFile.empty(debtor));
  }

  /**
   * The features of a debtor from the ledger and its case file.
   *
   * @throws IllegalArgumentException if the ledger does not know the debtor, or the case file is
   *     another debtor's
   */
  public DebtorFeatures features(DebtorId debtorId, CaseFile caseFile) {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(caseFile, "caseFile");
    Debtor debtor = ledger.debtor(debtorId)
        .orElseThrow(() -> new IllegalArgumentException("unknown debtor " + debtorId.value()));
    return features(columns.debtorIndexOf(debtorId), debtor, caseFile);
  }

  /**
   * The features of the debtor at {@code di} in the columnar view's debtor order ({@link
   * LedgerColumns#debtor(int)}), whose record is {@code debtor}: what {@link #features(DebtorId, CaseFile)}
   * gives, without looking the debtor up by id.
   *
   * @throws IllegalArgumentException if the case file is another debtor's
   */
  DebtorFeatures features(int di, Debtor debtor, CaseFile caseFile) {
    DebtorId debtorId = debtor.id();
    if (!caseFile.debtorId().equals(debtorId)) {
      throw new IllegalArgumentException("the case file of " + caseFile.debtorId().value()
          + " was given for debtor " + debtorId.value());
    }
    int currencies = columns.currencyCount();
    long[] openByCurrency = new long[currencies];
    long[] overdueByCurrency = new long[currencies];
    long[] revenue = new long[currencies];
    boolean[] invoiced = new boolean[currencies];
    Window shortWindow = new Window(currencies);
    Window longWindow = new Window(currencies);
    int openInvoices = 0;
    int overdueInvoices = 0;
    long oldest = 0;
    int firstIssue = Integer.MAX_VALUE;
    int latestBreach = Integer.MIN_VALUE;
    int cleanDays = config.cleanHistoryDays();
    for (int k = columns.debtorRowStart(di), last = columns.debtorRowStart(di + 1); k < last; k++) {
      int issue = issueDay[k];
      if (issue > asOfDay) {
        continue;
      }
      int flags = meta[k];
      int cur = flags >>> 2;
      long a = amount[k];
      boolean inShort = issue > shortStartDay;
      if ((flags & 1) != 0) {
        if (inShort) {
          revenue[cur] -= a;
          invoiced[cur] = true;
        }
        continue;
      }
      firstIssue = Math.min(firstIssue, issue);
      if (inShort) {
        revenue[cur] += a;
        invoiced[cur] = true;
      }
      if (open[k] > 0) {
        openInvoices++;
        openByCurrency[cur] += open[k];
        if ((flags & 2) != 0) {
          overdueInvoices++;
          overdueByCurrency[cur] += overdue[k];
          oldest = Math.max(oldest, oldestDaysPastDue[k]);
        }
      }
      int due = dueDay[k];
      int end = endDay[k];
      int daysLate = Math.max(0, end - due);
      if (due > longStartDay && due <= asOfDay) {
        longWindow.add(cur, a, daysLate);
        if (due > shortStartDay) {
          shortWindow.add(cur, a, daysLate);
        }
      }
      if (daysLate > cleanDays) {
        latestBreach = Math.max(latestBreach, end);
      }
    }

    BigDecimal share = ZERO_SHARE;
    BigDecimal[] shareOf = new BigDecimal[currencies];
    for (int c = 0; c < currencies; c++) {
      if (invoiced[c]) {
        shareOf[c] = share(revenue[c], creditorRevenue[c]);
        share = share.max(shareOf[c]);
      }
    }
    Map<Currency, Money> openBalance = byCurrency(c -> openByCurrency[c] > 0,
        c -> columns.money(c, openByCurrency[c]));
    Map<Currency, Money> overdueBalance = byCurrency(c -> overdueByCurrency[c] > 0,
        c -> columns.money(c, overdueByCurrency[c]));
    Map<Currency, Money> revenues = byCurrency(c -> invoiced[c], c -> columns.money(c, revenue[c]));
    Map<Currency, BigDecimal> shares = byCurrency(c -> invoiced[c], c -> shareOf[c]);

    PaymentBehaviour shortBehaviour = shortWindow.behaviour(config.shortWindowMonths());
    PaymentBehaviour longBehaviour = longWindow.behaviour(config.longWindowMonths());
    Optional<BigDecimal> trend = Optional.empty();
    if (shortWindow.count > 0 && longWindow.count > shortWindow.count) {
      // recent mean - overall mean, exactly: (sumShort x countLong - sumLong x countShort) / (countShort x countLong)
      trend = Optional.of(Ratios.divide(shortWindow.sumDays * longWindow.count - longWindow.sumDays * shortWindow.count,
          (long) shortWindow.count * longWindow.count, 1));
    }

    CaseFacts facts = caseFile.events().isEmpty() ? CaseFacts.NONE : caseFacts(caseFile);

    Optional<LocalDate> relationshipStart = debtor.customerSince().isPresent()
        ? debtor.customerSince()
        : firstIssue == Integer.MAX_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(firstIssue));
    long tenure = relationshipStart.map(this::wholeMonths).orElse(0L);
    boolean isNew = relationshipStart.isEmpty() || tenure < config.newCustomerMonths();
    Optional<LocalDate> cleanSince = Optional.empty();
    long cleanYears = 0;
    if (firstIssue != Integer.MAX_VALUE) {
      LocalDate since = relationshipStart.orElseThrow();
      if (latestBreach != Integer.MIN_VALUE) {
        LocalDate breach = LocalDate.ofEpochDay(latestBreach);
        since = breach.isAfter(since) ? breach : since;
      }
      cleanSince = Optional.of(since);
      cleanYears = wholeMonths(since) / 12;
    }

    return new DebtorFeatures(debtorId, asOf, debtor.type(), debtor.segment(), openBalance, overdueBalance,
        openInvoices, overdueInvoices, oldest, revenues, shares, share, shortBehaviour, longBehaviour, trend, facts.made(),
        facts.kept(), facts.broken(), facts.pending(), facts.openDisputes(), facts.openByFamily(), facts.byFamily(),
        facts.contacts(), facts.outcomes(), facts.unanswered(), relationshipStart, tenure, isNew, cleanSince, cleanYears);
  }

  /** What the case file says, counted once per debtor. */
  private record CaseFacts(int made, int kept, int broken, int pending, int openDisputes,
      Map<ReasonFamily, Integer> openByFamily, Map<ReasonFamily, Integer> byFamily, int contacts,
      Map<Contact.Outcome, Integer> outcomes, int unanswered) {
    static final CaseFacts NONE = new CaseFacts(0, 0, 0, 0, 0, Map.of(), Map.of(), 0, Map.of(), 0);
  }

  private CaseFacts caseFacts(CaseFile caseFile) {
    int made = 0;
    int kept = 0;
    int broken = 0;
    int pending = 0;
    for (PromiseToPay p : caseFile.promises(asOf)) {
      if (!p.date().isAfter(longStart)) {
        continue;
      }
      made++;
      switch (Promises.status(p, ledger, asOf, config.promiseGraceDays())) {
        case KEPT -> kept++;
        case BROKEN -> broken++;
        case PENDING -> pending++;
        default -> throw new IllegalStateException("unknown promise status");
      }
    }
    int openDisputes = 0;
    Map<ReasonFamily, Integer> openByFamily = new EnumMap<>(ReasonFamily.class);
    Map<ReasonFamily, Integer> byFamily = new EnumMap<>(ReasonFamily.class);
    for (Dispute d : caseFile.disputes(asOf)) {
      Optional<ReasonFamily> family = d.family();
      if (d.isOpen(asOf)) {
        openDisputes++;
        family.ifPresent(f -> openByFamily.merge(f, 1, Integer::sum));
      }
      if (d.opened().isAfter(longStart)) {
        family.ifPresent(f -> byFamily.merge(f, 1, Integer::sum));
      }
    }
    int contacts = 0;
    int unanswered = 0;
    Map<Contact.Outcome, Integer> outcomes = new EnumMap<>(Contact.Outcome.class);
    for (Contact c : caseFile.contacts(asOf)) {
      if (!c.date().isAfter(contactStart)) {
        continue;
      }
      contacts++;
      outcomes.merge(c.outcome(), 1, Integer::sum);
      if (c.direction() == Contact.Direction.OUTBOUND && isUnanswered(c.outcome())) {
        unanswered++;
      }
    }
    return new CaseFacts(made, kept, broken, pending, openDisputes, openByFamily, byFamily, contacts, outcomes,
        unanswered);
  }

  private long wholeMonths(LocalDate start) {
    return wholeMonths(start, asOf);
  }

  /**
   * {@code Period.between(start, end).toTotalMonths()} for {@code start} on or before {@code end}, 0
   * after it: the months between them, less one when the end's day of month is before the start's
   * (done without the period, once or twice per debtor).
   */
  static long wholeMonths(LocalDate start, LocalDate end) {
    if (start.isAfter(end)) {
      return 0;
    }
    long months = (end.getYear() * 12L + end.getMonthValue()) - (start.getYear() * 12L + start.getMonthValue());
    return months > 0 && end.getDayOfMonth() < start.getDayOfMonth() ? months - 1 : months;
  }

  private static boolean isUnanswered(Contact.Outcome outcome) {
    return switch (outcome) {
      case NO_ANSWER, VOICEMAIL, WRONG_PARTY, REFUSED -> true;
      case REACHED, SENT -> false;
    };
  }

  private static BigDecimal share(long debtor, long creditor) {
    if (debtor <= 0 || creditor <= 0) {
      return ZERO_SHARE;
    }
    return debtor >= creditor ? MAX_SHARE : Ratios.divide(debtor, creditor, 4);
  }

  /** The values of the currencies that pass {@code present}, in currency-code order. */
  private <V> Map<Currency, V> byCurrency(IntPredicate present, IntFunction<V> value) {
    int first = -1;
    int count = 0;
    for (int c = 0; c < columns.currencyCount(); c++) {
      if (present.test(c)) {
        first = first < 0 ? c : first;
        count++;
      }
    }
    if (count <= 1) {
      return first < 0 ? Map.of() : Map.of(columns.currency(first), value.apply(first));
    }
    Currency[] keys = new Currency[count];
    Object[] values = new Object[count];
    int k = 0;
    for (int c = first; c < columns.currencyCount(); c++) {
      if (present.test(c)) {
        keys[k] = columns.currency(c);
        values[k++] = value.apply(c);
      }
    }
    return CurrencyMap.sorted(keys, values);
  }


  /** Accumulates the days late of the invoices due in one window, with exact amount weights per currency. */
  private static final class Window {
    private int count;
    private int late;
    private long sumDays;
    private final long[] weight;
    private final long[] weighted;
    private BigInteger[] bigWeighted;

    Window(int currencies) {
      this.weight = new long[currencies];
      this.weighted = new long[currencies];
    }

    void add(int currency, long amount, int daysLate) {
      count++;
      sumDays += daysLate;
      if (daysLate > 0) {
        late++;
      }
      weight[currency] += amount;
      if (bigWeighted != null && bigWeighted[currency] != null) {
        bigWeighted[currency] = bigWeighted[currency].add(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(daysLate)));
        return;
      }
      try {
        weighted[currency] = Math.addExact(weighted[currency], Math.multiplyExact(amount, (long) daysLate));
      } catch (ArithmeticException overflow) {
        if (bigWeighted == null) {
          bigWeighted = new BigInteger[weight.length];
        }
        bigWeighted[currency] = BigInteger.valueOf(weighted[currency])
            .add(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(daysLate)));
      }
    }

    PaymentBehaviour behaviour(int months) {
      if (count == 0) {
        return new PaymentBehaviour(months, 0, 0, Optional.empty(), Optional.empty(), Optional.empty());
      }
      BigDecimal lateShare = Ratios.divide(late, count, 4);
      BigDecimal average = Ratios.divide(sumDays, count, 1);
      BigDecimal worst = null;
      for (int c = 0; c < weight.length; c++) {
        if (weight[c] <= 0) {
          continue;
        }
        BigDecimal w = bigWeighted != null && bigWeighted[c] != null
            ? new BigDecimal(bigWeighted[c]).divide(BigDecimal.valueOf(weight[c]), 1, RoundingMode.HALF_UP)
            : Ratios.divide(weighted[c], weight[c], 1);
        worst = worst == null ? w : worst.max(w);
      }
      return new PaymentBehaviour(months, count, late, Optional.of(lateShare), Optional.of(average),
          Optional.ofNullable(worst));
    }
  }
}
