package dev.recovery.core.risk;

/**
 * The parameters of {@link FeatureCalculator}: thresholds and windows.
 *
 * <p>Immutable and thread-safe. Windows are counted back from the as-of date: a window of N months
 * is the dates after {@code asOf.minusMonths(N)} up to and including {@code asOf}.
 *
 * @param cleanHistoryDays an invoice settled (or still open) more than this many days after its final
 *     due date breaks the clean history (default 5: a few days of bank and mail delay are not a
 *     default)
 * @param newCustomerMonths a debtor whose tenure is under this many months is a new customer (default
 *     12: practitioners do not spare recent clients)
 * @param shortWindowMonths the short window for revenue share and payment behaviour (default 12)
 * @param longWindowMonths the long window for payment behaviour, promises and disputes (default 36)
 * @param contactDays the window for contacts and their outcomes, in days (default 90)
 * @param promiseGraceDays the days after a promised date before an unpaid promise counts as broken
 *     (default 3: a transfer ordered on the promised date can take one or two business days, plus a
 *     weekend, to reach the account)
 */
public record FeatureConfig(int cleanHistoryDays, int newCustomerMonths, int shortWindowMonths,
    int longWindowMonths, int contactDays, int promiseGraceDays) {

  /** Default clean-history threshold in days. */
  public static final int DEFAULT_CLEAN_HISTORY_DAYS = 5;
  /** Default new-customer tenure threshold in months. */
  public static final int DEFAULT_NEW_CUSTOMER_MONTHS = 12;
  /** Default short window in months. */
  public static final int DEFAULT_SHORT_WINDOW_MONTHS = 12;
  /** Default long window in months. */
  public static final int DEFAULT_LONG_WINDOW_MONTHS = 36;
  /** Default contact window in days. */
  public static final int DEFAULT_CONTACT_DAYS = 90;
  /** Default promise grace in days. */
  public static final int DEFAULT_PROMISE_GRACE_DAYS = 3;

  private static final FeatureConfig DEFAULTS = new FeatureConfig(DEFAULT_CLEAN_HISTORY_DAYS,
      DEFAULT_NEW_CUSTOMER_MONTHS, DEFAULT_SHORT_WINDOW_MONTHS, DEFAULT_LONG_WINDOW_MONTHS, DEFAULT_CONTACT_DAYS,
      DEFAULT_PROMISE_GRACE_DAYS);

  /** Validates the parameters. */
  public FeatureConfig {
    requireAtLeast("cleanHistoryDays", cleanHistoryDays, 0);
    requireAtLeast("newCustomerMonths", newCustomerMonths, 0);
    requireAtLeast("shortWindowMonths", shortWindowMonths, 1);
    requireAtLeast("longWindowMonths", longWindowMonths, 1);
    requireAtLeast("contactDays", contactDays, 1);
    requireAtLeast("promiseGraceDays", promiseGraceDays, 0);
    if (longWindowMonths < shortWindowMonths) {
      throw new IllegalArgumentException("longWindowMonths (" + longWindowMonths
          + ") must be at least shortWindowMonths (" + shortWindowMonths + ")");
    }
  }

  /** The defaults: 5 days, 12 months, 12 and 36 months, 90 days, 3 days of grace. */
  public static FeatureConfig defaults() {
    return DEFAULTS;
  }

  /** This configuration with another clean-history threshold in days. */
  public FeatureConfig withCleanHistoryDays(int days) {
    return new FeatureConfig(days, newCustomerMonths, shortWindowMonths, longWindowMonths, contactDays,
        promiseGraceDays);
  }

  /** This configuration with another new-customer tenure threshold in months. */
  public FeatureConfig withNewCustomerMonths(int months) {
    return new FeatureConfig(cleanHistoryDays, months, shortWindowMonths, longWindowMonths, contactDays,
        promiseGraceDays);
  }

  /** This configuration with other short and long windows in months. */
  public FeatureConfig withWindows(int shortMonths, int longMonths) {
    return new FeatureConfig(cleanHistoryDays, newCustomerMonths, shortMonths, longMonths, contactDays,
        promiseGraceDays);
  }

  /** This configuration with another contact window in days. */
  public FeatureConfig withContactDays(int days) {
    return new FeatureConfig(cleanHistoryDays, newCustomerMonths, shortWindowMonths, longWindowMonths, days,
        promiseGraceDays);
  }

  /** This configuration with another promise grace in days. */
  public FeatureConfig withPromiseGraceDays(int days) {
    return new FeatureConfig(cleanHistoryDays, newCustomerMonths, shortWindowMonths, longWindowMonths, contactDays,
        days);
  }

  private static void requireAtLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
  }
}
