package dev.recovery.core.terms;

import dev.recovery.core.calendar.BusinessDayConvention;
import dev.recovery.core.calendar.HolidayCalendar;
import dev.recovery.core.calendar.HolidayCalendars;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Payment terms: when an invoice is due, in one or several installments, with an optional
 * early-payment discount.
 *
 * <p>Immutable and thread-safe. {@link #parse(String)} reads French and English wording ("30 jours
 * fin de mois", "2/10 net 30", "30/60/90 days"); {@link #toString()} prints a canonical English form
 * and {@link #toFrench()} a French one, both of which parse back to an equal object. The business-day
 * adjustment ({@link #withAdjustment}) is part of the value ({@code equals} compares the convention
 * and the calendar id) but is <em>not</em> printed by {@code toString()}: re-apply it after parsing.
 *
 * <p>"N jours fin de mois" has two accepted computations (Code de commerce L441-10, DGCCRF/CEPC
 * guidance), stored as the {@link EomMethod}: {@link EomMethod#ADD_THEN_EOM} = end of month of
 * (invoice date + N days), the default; {@link EomMethod#EOM_THEN_ADD} = (end of month of the invoice
 * date) + N days, which is also what the explicit wording "fin de mois + N jours" means. With a day of
 * month ("... le 10"), the due date is that day of the month following the end-of-month date
 * (ADD_THEN_EOM), or the first such day on or after (end of month of the invoice date) + N days
 * (EOM_THEN_ADD); a day beyond the month's length means its last day.
 *
 * <p>{@link #dueDate(LocalDate)} does no parsing and allocates only the result.
 */
public final class PaymentTerms {

  /** The largest number of days accepted in terms (ten years). */
  public static final int MAX_DAYS = 3650;
  /** The largest number of installments. */
  public static final int MAX_INSTALLMENTS = 120;

  private static final PaymentTerms ON_RECEIPT =
      new PaymentTerms(new int[] {0}, false, EomMethod.ADD_THEN_EOM, 0, null, BusinessDayConvention.NONE,
          HolidayCalendars.WEEKENDS);

  private final int[] days;
  private final boolean endOfMonth;
  private final EomMethod eomMethod;
  private final int dayOfMonth;
  private final EarlyPaymentDiscount discount;
  private final BusinessDayConvention convention;
  private final HolidayCalendar calendar;
  // precomputed for the single-installment fast path
  private final int lastDays;
  private final boolean addThenEom;
  private final boolean adjusted;

  private PaymentTerms(int[] days, boolean endOfMonth, EomMethod eomMethod, int dayOfMonth,
      EarlyPaymentDiscount discount, BusinessDayConvention convention, HolidayCalendar calendar) {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(eomMethod, "eomMethod");
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(calendar, "calendar");
    if (days.length == 0) {
      throw new IllegalArgumentException("payment terms need at least one number of days");
    }
    if (days.length > MAX_INSTALLMENTS) {
      throw new IllegalArgumentException("at most " + MAX_INSTALLMENTS + " installments, found " + days.length);
    }
    for (int i = 0; i < days.length; i++) {
      checkDays(days[i]);
      if (i > 0 && days[i] <= days[i - 1]) {
        throw new IllegalArgumentException("installment days must be strictly increasing, found "
            + days[i - 1] + " then " + days[i]);
      }
    }
    if (!endOfMonth && dayOfMonth != 0) {
      throw new IllegalArgumentException("a day of month (" + dayOfMonth + ") needs end-of-month terms");
    }
    if (dayOfMonth < 0 || dayOfMonth > 31) {
      throw new IllegalArgumentException("day of month must be between 1 and 31, was " + dayOfMonth);
    }
    if (discount != null) {
      if (days.length > 1) {
        throw new IllegalArgumentException("an early-payment discount needs single-installment terms, found "
            + days.length + " installments");
      }
      if (discount.days() >= days[0]) {
        throw new IllegalArgumentException("discount days (" + discount.days()
            + ") must be less than the terms' days (" + days[0] + ")");
      }
    }
    this.days = days;
    this.endOfMonth = endOfMonth;
    // the method only means something with end of month; normalised so equal terms are equal
    this.eomMethod = endOfMonth ? eomMethod : EomMethod.ADD_THEN_EOM;
    this.dayOfMonth = dayOfMonth;
    this.discount = discount;
    this.convention = convention;
    this.calendar = convention == BusinessDayConvention.NONE ? HolidayCalendars.WEEKENDS : calendar;
    this.lastDays = days[days.length - 1];
    this.addThenEom = this.eomMethod == EomMethod.ADD_THEN_EOM;
    this.adjusted = convention != BusinessDayConvention.NONE;
  }

  private static PaymentTerms create(int[] days, boolean endOfMonth, EomMethod method, int dayOfMonth) {
    return new PaymentTerms(days, endOfMonth, method, dayOfMonth, null, BusinessDayConvention.NONE,
        HolidayCalendars.WEEKENDS);
  }

  static void checkDays(int d) {
    if (d < 0 || d > MAX_DAYS) {
      throw new IllegalArgumentException("days must be between 0 and " + MAX_DAYS + ", was " + d);
    }
  }

  // ---------------------------------------------------------------- factories

  /** Due on the invoice date ("à réception", "comptant", "on receipt"). */
  public static PaymentTerms onReceipt() {
    return ON_RECEIPT;
  }

  /** Due {@code days} calendar days after the invoice date ("net 30"); {@code net(0)} is {@link #onReceipt()}. */
  public static PaymentTerms net(int days) {
    return days == 0 ? ON_RECEIPT : create(new int[] {days}, false, EomMethod.ADD_THEN_EOM, 0);
  }

  /** "N days end of month" read with {@link EomMethod#ADD_THEN_EOM}. */
  public static PaymentTerms endOfMonth(int days) {
    return endOfMonth(days, EomMethod.ADD_THEN_EOM);
  }

  /** "N days end of month" computed with the given method. */
  public static PaymentTerms endOfMonth(int days, EomMethod method) {
    return create(new int[] {days}, true, method, 0);
  }

  /** "N days end of month on the D-th" read with {@link EomMethod#ADD_THEN_EOM}. */
  public static PaymentTerms endOfMonthOnDay(int days, int dayOfMonth) {
    return endOfMonthOnDay(days, dayOfMonth, EomMethod.ADD_THEN_EOM);
  }

  /** "N days end of month on the D-th" computed with the given method; D is 1 to 31. */
  public static PaymentTerms endOfMonthOnDay(int days, int dayOfMonth, EomMethod method) {
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      throw new IllegalArgumentException("day of month must be between 1 and 31, was " + dayOfMonth);
    }
    return create(new int[] {days}, true, method, dayOfMonth);
  }

  /** Equal installments due the given numbers of days after the invoice date ("30/60/90 days"). */
  public static PaymentTerms installments(int... days) {
    Objects.requireNonNull(days, "days");
    return days.length == 1 ? net(days[0]) : create(days.clone(), false, EomMethod.ADD_THEN_EOM, 0);
  }

  /** Equal installments, each computed as end-of-month terms ("30/60/90 days end of month"). */
  public static PaymentTerms installmentsEndOfMonth(EomMethod method, int... days) {
    Objects.requireNonNull(days, "days");
    return create(days.clone(), true, method, 0);
  }

  /**
   * Reads French or English payment terms, reading "N jours fin de mois" as {@link EomMethod#ADD_THEN_EOM}.
   *
   * @throws PaymentTermsParseException quoting the text, the position and what was expected
   */
  public static PaymentTerms parse(String text) {
    return parse(text, EomMethod.ADD_THEN_EOM);
  }

  /**
   * Reads French or English payment terms; {@code ambiguousEom} is the method for "N jours fin de mois"
   * (the explicit "fin de mois + N jours" is always {@link EomMethod#EOM_THEN_ADD}).
   *
   * @throws PaymentTermsParseException quoting the text, the position and what was expected
   */
  public static PaymentTerms parse(String text, EomMethod ambiguousEom) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ambiguousEom, "ambiguousEom");
    PaymentTermsParser.Result r = new PaymentTermsParser(text, ambiguousEom).parse();
    try {
      PaymentTerms terms = r.days().length == 1 && r.days()[0] == 0 && !r.endOfMonth() && r.discount() == null
          ? ON_RECEIPT
          : new PaymentTerms(r.days(), r.endOfMonth(), r.method(), r.dayOfMonth(), r.discount(),
              BusinessDayConvention.NONE, HolidayCalendars.WEEKENDS);
      return terms;
    } catch (IllegalArgumentException e) {
      throw new PaymentTermsParseException(text, 0, e.getMessage());
    }
  }

  // ---------------------------------------------------------------- withers

  /** These terms computed with the given end-of-month method; no effect on terms without end of month. */
  public PaymentTerms withEomMethod(EomMethod method) {
    Objects.requireNonNull(method, "method");
    return new PaymentTerms(days, endOfMonth, method, dayOfMonth, discount, convention, calendar);
  }

  /** These terms with due dates moved to business days of the calendar by the convention. */
  public PaymentTerms withAdjustment(BusinessDayConvention convention, HolidayCalendar calendar) {
    return new PaymentTerms(days, endOfMonth, eomMethod, dayOfMonth, discount, convention, calendar);
  }

  /** These terms with an early-payment discount (single-installment terms only; its days below the terms' days). */
  public PaymentTerms withDiscount(EarlyPaymentDiscount discount) {
    Objects.requireNonNull(discount, "discount");
    return new PaymentTerms(days, endOfMonth, eomMethod, dayOfMonth, discount, convention, calendar);
  }

  /** These terms with {@code percent} off when paid within {@code days} days. */
  public PaymentTerms withDiscount(BigDecimal percent, int days) {
    return withDiscount(EarlyPaymentDiscount.of(percent, days));
  }

  /** These terms without early-payment discount. */
  public PaymentTerms withoutDiscount() {
    return new PaymentTerms(days, endOfMonth, eomMethod, dayOfMonth, null, convention, calendar);
  }

  /** These end-of-month terms due on the given day (1-31) of the month after the end-of-month date. */
  public PaymentTerms withDayOfMonth(int dayOfMonth) {
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      throw new IllegalArgumentException("day of month must be between 1 and 31, was " + dayOfMonth);
    }
    if (!endOfMonth) {
      throw new IllegalArgumentException("a day of month needs end-of-month terms, these are '" + this + "'");
    }
    return new PaymentTerms(days, true, eomMethod, dayOfMonth, discount, convention, calendar);
  }

  // ---------------------------------------------------------------- accessors

  /** The shape of these terms. */
  public PaymentTermsKind kind() {
    if (days.length > 1) {
      return PaymentTermsKind.INSTALLMENTS;
    }
    if (endOfMonth) {
      return dayOfMonth > 0 ? PaymentTermsKind.END_OF_MONTH_ON_DAY : PaymentTermsKind.END_OF_MONTH;
    }
    return days[0] == 0 ? PaymentTermsKind.ON_RECEIPT : PaymentTermsKind.NET;
  }

  /** The numbers of days, one per installment, increasing; {@code [0]} for on receipt. */
  public List<Integer> days() {
    List<Integer> list = new ArrayList<>(days.length);
    for (int d : days) {
      list.add(d);
    }
    return Collections.unmodifiableList(list);
  }

  /** The largest number of days (the last installment's). */
  public int maxDays() {
    return lastDays;
  }

  /** The number of installments (1 unless {@link PaymentTermsKind#INSTALLMENTS}). */
  public int installmentCount() {
    return days.length;
  }

  /** Whether the days are combined with end of month. */
  public boolean endOfMonth() {
    return endOfMonth;
  }

  /** The day of the month the terms fall due on, for "... fin de mois le 10". */
  public OptionalInt dayOfMonth() {
    return dayOfMonth == 0 ? OptionalInt.empty() : OptionalInt.of(dayOfMonth);
  }

  /** The end-of-month method ({@link EomMethod#ADD_THEN_EOM} when there is no end of month). */
  public EomMethod eomMethod() {
    return eomMethod;
  }

  /** The early-payment discount, if any. */
  public Optional<EarlyPaymentDiscount> discount() {
    return Optional.ofNullable(discount);
  }

  /** The business-day convention applied to due dates ({@link BusinessDayConvention#NONE} by default). */
  public BusinessDayConvention convention() {
    return convention;
  }

  /** The calendar used by the convention ({@code WEEKENDS} when the convention is NONE). */
  public HolidayCalendar calendar() {
    return calendar;
  }

  // ---------------------------------------------------------------- computation

  /** The due date of the last installment (the only one for single-installment terms). */
  public LocalDate dueDate(LocalDate invoiceDate) {
    LocalDate d = rawDueDate(invoiceDate, lastDays);
    return adjusted ? convention.adjust(d, calendar) : d;
  }

  /**
   * The due date of the given 1-based installment.
   *
   * @throws IndexOutOfBoundsException if there is no such installment
   */
  public LocalDate dueDate(LocalDate invoiceDate, int installment) {
    if (installment < 1 || installment > days.length) {
      throw new IndexOutOfBoundsException("installment " + installment + " of terms '" + this + "' with "
          + days.length + " installment(s)");
    }
    LocalDate d = rawDueDate(invoiceDate, days[installment - 1]);
    return adjusted ? convention.adjust(d, calendar) : d;
  }

  /** The installments: due dates and equal parts of the amount that sum exactly to it ({@link Money#split}). */
  public List<Installment> dueDates(LocalDate invoiceDate, Money amount) {
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(amount, "amount");
    List<Money> parts = days.length == 1 ? List.of(amount) : amount.split(days.length);
    List<Installment> result = new ArrayList<>(days.length);
    for (int i = 0; i < days.length; i++) {
      result.add(new Installment(i + 1, dueDate(invoiceDate, i + 1), parts.get(i)));
    }
    return Collections.unmodifiableList(result);
  }

  private LocalDate rawDueDate(LocalDate invoiceDate, int n) {
    long epochDay = invoiceDate.toEpochDay();
    if (!endOfMonth) {
      return n == 0 ? invoiceDate : LocalDate.ofEpochDay(epochDay + n);
    }
    if (addThenEom) {
      int ym = yearMonthIndex(epochDay + n);
      if (dayOfMonth == 0) {
        return endOfMonthOf(ym);
      }
      return dayInMonth(ym + 1, dayOfMonth);
    }
    // end of month of the invoice date, then n days
    int y = invoiceDate.getYear();
    int m = invoiceDate.getMonthValue();
    long anchor = epochDay + (lengthOfMonth(y, m) - invoiceDate.getDayOfMonth()) + n;
    if (dayOfMonth == 0) {
      return LocalDate.ofEpochDay(anchor);
    }
    int ym = yearMonthIndex(anchor);
    int dom = civilDay(anchor);
    int yy = Math.floorDiv(ym, 12);
    int mm = Math.floorMod(ym, 12) + 1;
    int target = Math.min(dayOfMonth, lengthOfMonth(yy, mm));
    return target >= dom ? LocalDate.of(yy, mm, target) : dayInMonth(ym + 1, dayOfMonth);
  }

  private static LocalDate endOfMonthOf(int ym) {
    int y = Math.floorDiv(ym, 12);
    int m = Math.floorMod(ym, 12) + 1;
    return LocalDate.of(y, m, lengthOfMonth(y, m));
  }

  private static LocalDate dayInMonth(int ym, int day) {
    int y = Math.floorDiv(ym, 12);
    int m = Math.floorMod(ym, 12) + 1;
    return LocalDate.of(y, m, Math.min(day, lengthOfMonth(y, m)));
  }

  private static int lengthOfMonth(int y, int m) {
    switch (m) {
      case 2:
        return IsoChronology.INSTANCE.isLeapYear(y) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  // civil-from-days (H. Hinnant), allocation-free: year * 12 + (month - 1)
  private static int yearMonthIndex(long epochDay) {
    long z = epochDay + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) {
      y++;
    }
    return (int) (y * 12 + m - 1);
  }

  private static int civilDay(long epochDay) {
    long z = epochDay + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    return (int) (doy - (153 * mp + 2) / 5 + 1);
  }

  // ---------------------------------------------------------------- text

  /**
   * The canonical English form, which {@link #parse(String)} reads back to equal terms (the
   * business-day adjustment excepted): "on receipt", "net 30", "45 days end of month",
   * "end of month + 45 days", "30 days end of month on the 10th", "2/10 net 30", "30/60/90 days",
   * "30/60/90 days end of month".
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (discount != null) {
      sb.append(discount.percent().toPlainString()).append('/').append(discount.days()).append(' ');
    }
    if (!endOfMonth) {
      if (days.length == 1) {
        sb.append(days[0] == 0 ? "on receipt" : "net " + days[0]);
      } else {
        sb.append(joinDays()).append(" days");
      }
      return sb.toString();
    }
    if (eomMethod == EomMethod.EOM_THEN_ADD) {
      sb.append("end of month + ").append(joinDays()).append(" days");
    } else if (days.length == 1 && days[0] == 0) {
      sb.append("end of month");
    } else {
      sb.append(joinDays()).append(" days end of month");
    }
    if (dayOfMonth != 0) {
      sb.append(" on the ").append(dayOfMonth).append(ordinalSuffix(dayOfMonth));
    }
    return sb.toString();
  }

  /**
   * The French form, which {@link #parse(String)} reads back to equal terms: "à réception",
   * "30 jours net", "45 jours fin de mois", "fin de mois + 45 jours", "30 jours fin de mois le 10",
   * "2% 10 jours, net 30 jours", "30/60/90 jours fin de mois".
   */
  public String toFrench() {
    StringBuilder sb = new StringBuilder();
    if (discount != null) {
      sb.append(discount.percent().toPlainString().replace('.', ',')).append("% ").append(discount.days())
          .append(" jours, ");
    }
    if (!endOfMonth) {
      if (days.length == 1) {
        if (days[0] == 0) {
          sb.append("à réception");
        } else if (discount != null) {
          sb.append("net ").append(days[0]).append(" jours");
        } else {
          sb.append(days[0]).append(" jours net");
        }
      } else {
        sb.append(joinDays()).append(" jours");
      }
      return sb.toString();
    }
    if (eomMethod == EomMethod.EOM_THEN_ADD) {
      sb.append("fin de mois + ").append(joinDays()).append(" jours");
    } else if (days.length == 1 && days[0] == 0) {
      sb.append("fin de mois");
    } else {
      sb.append(joinDays()).append(" jours fin de mois");
    }
    if (dayOfMonth != 0) {
      sb.append(" le ").append(dayOfMonth);
    }
    return sb.toString();
  }

  private String joinDays() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < days.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(days[i]);
    }
    return sb.toString();
  }

  private static String ordinalSuffix(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return "th";
    }
    switch (n % 10) {
      case 1:
        return "st";
      case 2:
        return "nd";
      case 3:
        return "rd";
      default:
        return "th";
    }
  }

  /** Equal when the shape, method, day of month, discount, convention and calendar id are equal. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof PaymentTerms t
        && Arrays.equals(days, t.days)
        && endOfMonth == t.endOfMonth
        && eomMethod == t.eomMethod
        && dayOfMonth == t.dayOfMonth
        && Objects.equals(discount, t.discount)
        && convention == t.convention
        && calendar.id().equals(t.calendar.id());
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(days), endOfMonth, eomMethod, dayOfMonth, discount, convention,
        calendar.id());
  }
}
