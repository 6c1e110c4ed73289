package dev.recovery.core.risk;

import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.ReasonFamily;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one debtor as of a date, computed by {@link FeatureCalculator} from the ledger
 * and the debtor's case file.
 *
 * <p>Immutable and thread-safe. "Short window" and "long window" are the months of {@link
 * FeatureConfig} (12 and 36 by default), counted back from the as-of date; an event is in a window of
 * N months when it is dated after {@code asOf.minusMonths(N)} and on or before {@code asOf}. Invoices
 * issued after the as-of date and events dated after it are ignored. Maps keyed by currency are in
 * currency-code order; maps keyed by an enum hold every constant (zero when none).
 *
 * @param debtorId the debtor
 * @param asOf the date the features describe
 * @param debtorType business, consumer or public body, from the debtor file
 * @param forcedSegment the segment the debtor file forces, if any (the {@code segment} column)
 * @param openBalance per currency: the sum of what remains open on the debtor's invoices (not credit
 *     notes) issued on or before the as-of date, after allocations dated on or before it; currencies
 *     with nothing open are absent
 * @param overdueBalance per currency: the part of {@code openBalance} on installments whose due date
 *     is before the as-of date (what was paid settles the earliest installments first)
 * @param openInvoices the number of invoices with an open amount
 * @param overdueInvoices the number of invoices with at least one overdue open installment
 * @param oldestDaysPastDue the days from the due date of the oldest overdue open installment to the
 *     as-of date; zero when nothing is overdue
 * @param revenue per currency the debtor is invoiced in over the short window: invoices less credit
 *     notes issued in the window (negative when credits exceed invoices)
 * @param revenueShareByCurrency per currency the debtor is invoiced in over the short window: the
 *     debtor's revenue (invoices less credit notes issued in the window) divided by the creditor's
 *     revenue in that currency over the same window (every debtor of the ledger), 4 decimals
 *     (HALF_UP), floored at zero
 * @param revenueShare the largest of {@code revenueShareByCurrency} (zero when empty): no exchange
 *     rates are used, so a debtor is measured against the creditor's business in each currency
 * @param shortWindow payment behaviour over the short window (see {@link PaymentBehaviour})
 * @param longWindow payment behaviour over the long window
 * @param daysLateTrend the average days late over the short window minus the average days late over
 *     the long window ({@code shortWindow.averageDaysLate - longWindow.averageDaysLate}, computed
 *     unrounded, then 1 decimal HALF_UP): positive when the debtor pays later lately than over the
 *     whole long window; empty when no invoice was due in the short window or when every invoice of
 *     the long window is also in the short one (no past to compare with)
 * @param promisesMade the promises to pay made in the long window
 * @param promisesKept how many of them are kept, per {@link
 *     dev.recovery.core.casefile.Promises#status} with the configured grace days
 * @param promisesBroken how many are broken (promised date plus grace passed without the payment)
 * @param promisesPending how many are still pending
 * @param openDisputes the disputes open on the as-of date, whatever their reason
 * @param openDisputesByFamily the open disputes per reason family (free-text reasons count in no
 *     family)
 * @param disputesByFamily the disputes opened in the long window, open or resolved, per reason family
 * @param contacts the contacts (attempts and conversations, both directions) in the last {@code
 *     contactDays} days: dated after {@code asOf.minusDays(contactDays)} and on or before {@code asOf}
 * @param contactOutcomes those contacts per outcome
 * @param unansweredContacts those of them that were outbound and did not reach anyone willing to talk:
 *     no answer, voicemail, wrong party or refused
 * @param relationshipStart the customer-since date of the debtor file, or when absent the issue date
 *     of the debtor's first invoice; empty when neither is known
 * @param tenureMonths whole months from {@code relationshipStart} to the as-of date (zero when unknown)
 * @param newCustomer whether the tenure is under the configured months, or unknown
 * @param cleanSince the start of the clean history: the latest day an invoice paid more than the
 *     configured days late was settled, or the as-of date when such an invoice is still open, or else
 *     {@code relationshipStart}; empty when the debtor has no invoice issued on or before the as-of date
 * @param cleanYears whole years from {@code cleanSince} to the as-of date (zero when empty)
 */
public record DebtorFeatures(
    DebtorId debtorId,
    LocalDate asOf,
    DebtorType debtorType,
    Optional<String> forcedSegment,
    Map<Currency, Money> openBalance,
    Map<Currency, Money> overdueBalance,
    int openInvoices,
    int overdueInvoices,
    long oldestDaysPastDue,
    Map<Currency, Money> revenue,
    Map<Currency, BigDecimal> revenueShareByCurrency,
    BigDecimal revenueShare,
    PaymentBehaviour shortWindow,
    PaymentBehaviour longWindow,
    Optional<BigDecimal> daysLateTrend,
    int promisesMade,
    int promisesKept,
    int promisesBroken,
    int promisesPending,
    int openDisputes,
    Map<ReasonFamily, Integer> openDisputesByFamily,
    Map<ReasonFamily, Integer> disputesByFamily,
    int contacts,
    Map<Contact.Outcome, Integer> contactOutcomes,
    int unansweredContacts,
    Optional<LocalDate> relationshipStart,
    long tenureMonths,
    boolean newCustomer,
    Optional<LocalDate> cleanSince,
    long cleanYears) {

  private static final Map<ReasonFamily, Integer> NO_FAMILIES = zeros(ReasonFamily.class);
  private static final Map<Contact.Outcome, Integer> NO_OUTCOMES = zeros(Contact.Outcome.class);

  /** Validates and copies the fields. */
  public DebtorFeatures {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(debtorType, "debtorType");
    Objects.requireNonNull(forcedSegment, "forcedSegment");
    openBalance = byCurrency(openBalance, "openBalance");
    overdueBalance = byCurrency(overdueBalance, "overdueBalance");
    revenue = byCurrency(revenue, "revenue");
    revenueShareByCurrency = byCurrency(revenueShareByCurrency, "revenueShareByCurrency");
    Objects.requireNonNull(revenueShare, "revenueShare");
    Objects.requireNonNull(shortWindow, "shortWindow");
    Objects.requireNonNull(longWindow, "longWindow");
    Objects.requireNonNull(daysLateTrend, "daysLateTrend");
    openDisputesByFamily = complete(ReasonFamily.class, openDisputesByFamily, "openDisputesByFamily");
    disputesByFamily = complete(ReasonFamily.class, disputesByFamily, "disputesByFamily");
    contactOutcomes = complete(Contact.Outcome.class, contactOutcomes, "contactOutcomes");
    Objects.requireNonNull(relationshipStart, "relationshipStart");
    Objects.requireNonNull(cleanSince, "cleanSince");
    requireNonNegative("openInvoices", openInvoices);
    requireNonNegative("overdueInvoices", overdueInvoices);
    requireNonNegative("oldestDaysPastDue", oldestDaysPastDue);
    requireNonNegative("promisesMade", promisesMade);
    requireNonNegative("promisesKept", promisesKept);
    requireNonNegative("promisesBroken", promisesBroken);
    requireNonNegative("promisesPending", promisesPending);
    requireNonNegative("openDisputes", openDisputes);
    requireNonNegative("contacts", contacts);
    requireNonNegative("unansweredContacts", unansweredContacts);
    requireNonNegative("tenureMonths", tenureMonths);
    requireNonNegative("cleanYears", cleanYears);
    if (overdueInvoices > openInvoices) {
      throw new IllegalArgumentException("overdueInvoices (" + overdueInvoices + ") exceeds openInvoices ("
          + openInvoices + ") for " + debtorId);
    }
    if (promisesKept + promisesBroken + promisesPending != promisesMade) {
      throw new IllegalArgumentException("promises kept (" + promisesKept + ") + broken (" + promisesBroken
          + ") + pending (" + promisesPending + ") must equal promises made (" + promisesMade + ") for " + debtorId);
    }
    if (revenueShare.signum() < 0 || revenueShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("revenueShare must be between 0 and 1, was " + revenueShare);
    }
  }

  /** The debtor's total overdue open amount in one currency (zero when none). */
  public Money overdue(Currency currency) {
    Money m = overdueBalance.get(currency);
    return m == null ? Money.zero(currency) : m;
  }

  /** The debtor's total open amount in one currency (zero when none). */
  public Money open(Currency currency) {
    Money m = openBalance.get(currency);
    return m == null ? Money.zero(currency) : m;
  }

  private static <V> Map<Currency, V> byCurrency(Map<Currency, V> map, String name) {
    Objects.requireNonNull(map, name);
    if (map.size() <= 1) {
      return Map.copyOf(map); // one entry is trivially in order; no copy when already immutable
    }
    return CurrencyMap.copyOf(map); // in currency-code order
  }

  private static <E extends Enum<E>> Map<E, Integer> complete(Class<E> type, Map<E, Integer> map, String name) {
    Objects.requireNonNull(map, name);
    if (map.isEmpty() && type == ReasonFamily.class) {
      @SuppressWarnings("unchecked")
      Map<E, Integer> zero = (Map<E, Integer>) NO_FAMILIES;
      return zero;
    }
    if (map.isEmpty() && type == Contact.Outcome.class) {
      @SuppressWarnings("unchecked")
      Map<E, Integer> zero = (Map<E, Integer>) NO_OUTCOMES;
      return zero;
    }
    EnumMap<E, Integer> copy = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      Integer n = map.get(e);
      int value = n == null ? 0 : n;
      if (value < 0) {
        throw new IllegalArgumentException(name + "[" + e + "] must not be negative, was " + value);
      }
      copy.put(e, value);
    }
    return Collections.unmodifiableMap(copy);
  }

  private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
    EnumMap<E, Integer> m = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      m.put(e, 0);
    }
    return Collections.unmodifiableMap(m);
  }

  private static void requireNonNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }
}
