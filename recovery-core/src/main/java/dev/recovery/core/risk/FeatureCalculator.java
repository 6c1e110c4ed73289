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
import java.time.Period;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes {@link DebtorFeatures} from a ledger and each debtor's case file, as of one date.
 *
 * <p>Immutable and thread-safe: build it once per ledger and date, then call {@link #features} for
 * each debtor, from several threads if wanted. Construction makes one pass over the ledger's columnar
 * view ({@link Ledger#columns()}): it groups the invoice rows by debtor and totals the creditor's
 * revenue per currency over the short window, so that each debtor then costs only its own invoices
 * and events. The exact definition of every feature is on {@link DebtorFeatures}.
 */
public final class FeatureCalculator {

  private static final BigDecimal MAX_SHARE = BigDecimal.ONE.setScale(4);

  private final Ledger ledger;
  private final LocalDate asOf;
  private final FeatureConfig config;
  private final LedgerColumns columns;
  private final int asOfDay;
  private final int shortStartDay;
  private final int longStartDay;
  private final LocalDate longStart;
  private final LocalDate contactStart;
  private final int[] debtorRowStart;
  private final int[] debtorRows;
  private final long[] creditorRevenue;

  private FeatureCalculator(Ledger ledger, LocalDate asOf, FeatureConfig config) {
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
    int debtorCount = columns.debtorCount();
    int[] start = new int[debtorCount + 1];
    long[] revenue = new long[columns.currencyCount()];
    for (int row = 0; row < n; row++) {
      start[columns.debtorIndex(row) + 1]++;
      int issue = columns.issueDay(row);
      if (issue > shortStartDay && issue <= asOfDay) {
        long amount = columns.amount(row);
        revenue[columns.currencyIndex(row)] += columns.isCreditNote(row) ? -amount : amount;
      }
    }
    for (int d = 0; d < debtorCount; d++) {
      start[d + 1] += start[d];
    }
    int[] next = java.util.Arrays.copyOf(start, debtorCount);
    int[] rows = new int[n];
    for (int row = 0; row < n; row++) {
      rows[next[columns.debtorIndex(row)]++] = row;
    }
    this.debtorRowStart = start;
    this.debtorRows = rows;
    this.creditorRevenue = revenue;
  }

  /** A calculator over {@code ledger} as of {@code asOf} with the given configuration. */
  public static FeatureCalculator of(Ledger ledger, LocalDate asOf, FeatureConfig config) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(config, "config");
    return new FeatureCalculator(ledger, asOf, config);
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
    if (!caseFile.debtorId().equals(debtorId)) {
      throw new IllegalArgumentException("the case file of " + caseFile.debtorId().value()
          + " was given for debtor " + debtorId.value());
    }
    int di = columns.debtorIndexOf(debtorId);
    int currencies = columns.currencyCount();
    long[] open = new long[currencies];
    long[] overdue = new long[currencies];
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
    for (int k = debtorRowStart[di]; k < debtorRowStart[di + 1]; k++) {
      int row = debtorRows[k];
      int issue = columns.issueDay(row);
      if (issue > asOfDay) {
        continue;
      }
      int cur = columns.currencyIndex(row);
      long amount = columns.amount(row);
      boolean inShort = issue > shortStartDay;
      if (columns.isCreditNote(row)) {
        if (inShort) {
          revenue[cur] -= amount;
          invoiced[cur] = true;
        }
        continue;
      }
      firstIssue = Math.min(firstIssue, issue);
      if (inShort) {
        revenue[cur] += amount;
        invoiced[cur] = true;
      }
      long paid = columns.paid(row, asOfDay);
      if (paid < amount) {
        openInvoices++;
        open[cur] += amount - paid;
        long remaining = paid;
        boolean anyOverdue = false;
        for (int slot = columns.installmentStart(row); slot < columns.installmentStart(row + 1); slot++) {
          long part = columns.installmentAmount(slot);
          long covered = Math.min(remaining, part);
          remaining -= covered;
          long left = part - covered;
          int due = columns.installmentDueDay(slot);
          if (left > 0 && due < asOfDay) {
            overdue[cur] += left;
            anyOverdue = true;
            oldest = Math.max(oldest, asOfDay - due);
          }
        }
        if (anyOverdue) {
          overdueInvoices++;
        }
      }
      int due = columns.finalDueDay(row);
      int settled = columns.settledDay(row);
      boolean settledByAsOf = settled != Integer.MIN_VALUE && settled <= asOfDay;
      int end = settledByAsOf ? settled : asOfDay;
      int daysLate = Math.max(0, end - due);
      if (due > longStartDay && due <= asOfDay) {
        longWindow.add(cur, amount, daysLate);
        if (due > shortStartDay) {
          shortWindow.add(cur, amount, daysLate);
        }
      }
      if (daysLate > cleanDays) {
        latestBreach = Math.max(latestBreach, end);
      }
    }

    Map<Currency, Money> openBalance = new HashMap<>();
    Map<Currency, Money> overdueBalance = new HashMap<>();
    Map<Currency, Money> revenues = new HashMap<>();
    Map<Currency, BigDecimal> shares = new HashMap<>();
    BigDecimal share = BigDecimal.ZERO.setScale(4);
    for (int c = 0; c < currencies; c++) {
      if (open[c] > 0) {
        openBalance.put(columns.currency(c), columns.money(c, open[c]));
      }
      if (overdue[c] > 0) {
        overdueBalance.put(columns.currency(c), columns.money(c, overdue[c]));
      }
      if (invoiced[c]) {
        BigDecimal s = share(revenue[c], creditorRevenue[c]);
        shares.put(columns.currency(c), s);
        revenues.put(columns.currency(c), columns.money(c, revenue[c]));
        share = share.max(s);
      }
    }

    PaymentBehaviour shortBehaviour = shortWindow.behaviour(config.shortWindowMonths());
    PaymentBehaviour longBehaviour = longWindow.behaviour(config.longWindowMonths());
    Optional<BigDecimal> trend = Optional.empty();
    int priorCount = longWindow.count - shortWindow.count;
    if (shortWindow.count > 0 && priorCount > 0) {
      BigDecimal recent = BigDecimal.valueOf(shortWindow.sumDays).divide(BigDecimal.valueOf(shortWindow.count), 10,
          RoundingMode.HALF_UP);
      BigDecimal prior = BigDecimal.valueOf(longWindow.sumDays - shortWindow.sumDays)
          .divide(BigDecimal.valueOf(priorCount), 10, RoundingMode.HALF_UP);
      trend = Optional.of(recent.subtract(prior).setScale(1, RoundingMode.HALF_UP));
    }

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
      cleanYears = since.isAfter(asOf) ? 0 : Period.between(since, asOf).getYears();
    }

    return new DebtorFeatures(debtorId, asOf, debtor.type(), debtor.segment(), openBalance, overdueBalance,
        openInvoices, overdueInvoices, oldest, revenues, shares, share, shortBehaviour, longBehaviour, trend, made, kept, broken,
        pending, openDisputes, openByFamily, byFamily, contacts, outcomes, unanswered, relationshipStart, tenure, isNew,
        cleanSince, cleanYears);
  }

  private long wholeMonths(LocalDate start) {
    return start.isAfter(asOf) ? 0 : Period.between(start, asOf).toTotalMonths();
  }

  private static boolean isUnanswered(Contact.Outcome outcome) {
    return switch (outcome) {
      case NO_ANSWER, VOICEMAIL, WRONG_PARTY, REFUSED -> true;
      case REACHED, SENT -> false;
    };
  }

  private static BigDecimal share(long debtor, long creditor) {
    if (debtor <= 0 || creditor <= 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    BigDecimal s = BigDecimal.valueOf(debtor).divide(BigDecimal.valueOf(creditor), 4, RoundingMode.HALF_UP);
    return s.min(MAX_SHARE);
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
      BigDecimal lateShare = BigDecimal.valueOf(late).divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
      BigDecimal average = BigDecimal.valueOf(sumDays).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
      BigDecimal worst = null;
      for (int c = 0; c < weight.length; c++) {
        if (weight[c] <= 0) {
          continue;
        }
        BigDecimal total = bigWeighted != null && bigWeighted[c] != null
            ? new BigDecimal(bigWeighted[c])
            : BigDecimal.valueOf(weighted[c]);
        BigDecimal w = total.divide(BigDecimal.valueOf(weight[c]), 1, RoundingMode.HALF_UP);
        worst = worst == null ? w : worst.max(w);
      }
      return new PaymentBehaviour(months, count, late, Optional.of(lateShare), Optional.of(average),
          Optional.ofNullable(worst));
    }
  }
}
