package dev.recovery.core.risk;

/**
 * The weights of {@link WeightedRiskScorer}: how many points each factor can add (or, for a relief,
 * take off) and the value at which it reaches them.
 *
 * <p>Immutable and thread-safe. A factor with {@code points} P and saturation S contributes
 * {@code P × min(value, S) / S}, rounded HALF_UP to 1 decimal; a yes/no factor contributes P when
 * true. Penalties and reliefs are both given as non-negative points, so that every risk signal can
 * only raise the score and every good sign only lower it. The score is the sum, rounded HALF_UP to a
 * whole number and bounded to 0-100.
 *
 * <p>The defaults and why (penalties add up to 130, so a debtor need not be bad on every count to
 * reach 100; no training data is assumed, these are practitioners' orders of magnitude):
 * <ul>
 *   <li><b>oldest days past due</b> 25 points at 120 days: the age of the oldest unpaid amount is the
 *       strongest single signal; 120 days is where aged-balance reports put the last bucket and
 *       where recovery odds drop sharply.
 *   <li><b>weighted days late (short window)</b> 20 points at 60 days: habitual lateness weighted by
 *       money, so that small invoices paid late weigh less than big ones.
 *   <li><b>overdue invoices</b> 15 points at 5 invoices: several unpaid invoices are a pattern, not an
 *       accident.
 *   <li><b>late share (short window)</b> 15 points when every invoice was late: how often, as opposed
 *       to how long.
 *   <li><b>broken promises (long window)</b> 15 points at 3: a broken promise is the clearest sign
 *       that words will not be followed by payment.
 *   <li><b>open bad-faith dispute</b> 15 points: bad faith calls for firm escalation.
 *   <li><b>open cash-problem dispute</b> 10 points: a client in financial difficulty is to be paid
 *       first.
 *   <li><b>unanswered contacts (last 90 days)</b> 10 points at 5: a debtor who cannot be reached is
 *       harder to collect from.
 *   <li><b>new customer</b> 5 points: little history to rely on.
 *   <li><b>clean history</b> relief of 10 points at 3 clean years: a client with three or more years
 *       without a default is spared repeated reminders.
 *   <li><b>public body</b> relief of 10 points: public bodies pay late because of long circuits but
 *       rarely fail to pay.
 * </ul>
 */
public final class ScoreWeights {

  private static final ScoreWeights DEFAULTS = builder().build();

  private final int oldestDaysPastDuePoints;
  private final int oldestDaysPastDueSaturation;
  private final int weightedDaysLatePoints;
  private final int weightedDaysLateSaturation;
  private final int overdueInvoicesPoints;
  private final int overdueInvoicesSaturation;
  private final int lateSharePoints;
  private final int brokenPromisesPoints;
  private final int brokenPromisesSaturation;
  private final int badFaithDisputePoints;
  private final int cashDisputePoints;
  private final int unansweredContactsPoints;
  private final int unansweredContactsSaturation;
  private final int newCustomerPoints;
  private final int cleanHistoryReliefPoints;
  private final int cleanHistoryReliefSaturationYears;
  private final int publicBodyReliefPoints;

  private ScoreWeights(Builder b) {
    this.oldestDaysPastDuePoints = b.oldestDaysPastDuePoints;
    this.oldestDaysPastDueSaturation = b.oldestDaysPastDueSaturation;
    this.weightedDaysLatePoints = b.weightedDaysLatePoints;
    this.weightedDaysLateSaturation = b.weightedDaysLateSaturation;
    this.overdueInvoicesPoints = b.overdueInvoicesPoints;
    this.overdueInvoicesSaturation = b.overdueInvoicesSaturation;
    this.lateSharePoints = b.lateSharePoints;
    this.brokenPromisesPoints = b.brokenPromisesPoints;
    this.brokenPromisesSaturation = b.brokenPromisesSaturation;
    this.badFaithDisputePoints = b.badFaithDisputePoints;
    this.cashDisputePoints = b.cashDisputePoints;
    this.unansweredContactsPoints = b.unansweredContactsPoints;
    this.unansweredContactsSaturation = b.unansweredContactsSaturation;
    this.newCustomerPoints = b.newCustomerPoints;
    this.cleanHistoryReliefPoints = b.cleanHistoryReliefPoints;
    this.cleanHistoryReliefSaturationYears = b.cleanHistoryReliefSaturationYears;
    this.publicBodyReliefPoints = b.publicBodyReliefPoints;
  }

  /** The documented defaults. */
  public static ScoreWeights defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Points for the oldest overdue installment. */
  public int oldestDaysPastDuePoints() {
    return oldestDaysPastDuePoints;
  }

  /** Days past due at which {@link #oldestDaysPastDuePoints()} is reached. */
  public int oldestDaysPastDueSaturation() {
    return oldestDaysPastDueSaturation;
  }

  /** Points for the weighted days late over the short window. */
  public int weightedDaysLatePoints() {
    return weightedDaysLatePoints;
  }

  /** Days late at which {@link #weightedDaysLatePoints()} is reached. */
  public int weightedDaysLateSaturation() {
    return weightedDaysLateSaturation;
  }

  /** Points for the number of overdue invoices. */
  public int overdueInvoicesPoints() {
    return overdueInvoicesPoints;
  }

  /** Overdue invoices at which {@link #overdueInvoicesPoints()} is reached. */
  public int overdueInvoicesSaturation() {
    return overdueInvoicesSaturation;
  }

  /** Points when every invoice due in the short window was late (proportional to the share). */
  public int lateSharePoints() {
    return lateSharePoints;
  }

  /** Points for broken promises over the long window. */
  public int brokenPromisesPoints() {
    return brokenPromisesPoints;
  }

  /** Broken promises at which {@link #brokenPromisesPoints()} is reached. */
  public int brokenPromisesSaturation() {
    return brokenPromisesSaturation;
  }

  /** Points for at least one open bad-faith dispute. */
  public int badFaithDisputePoints() {
    return badFaithDisputePoints;
  }

  /** Points for at least one open cash-problem dispute. */
  public int cashDisputePoints() {
    return cashDisputePoints;
  }

  /** Points for unanswered outbound contacts over the contact window. */
  public int unansweredContactsPoints() {
    return unansweredContactsPoints;
  }

  /** Unanswered contacts at which {@link #unansweredContactsPoints()} is reached. */
  public int unansweredContactsSaturation() {
    return unansweredContactsSaturation;
  }

  /** Points for a new customer. */
  public int newCustomerPoints() {
    return newCustomerPoints;
  }

  /** Points taken off for a clean history. */
  public int cleanHistoryReliefPoints() {
    return cleanHistoryReliefPoints;
  }

  /** Clean years at which {@link #cleanHistoryReliefPoints()} is reached. */
  public int cleanHistoryReliefSaturationYears() {
    return cleanHistoryReliefSaturationYears;
  }

  /** Points taken off for a public body. */
  public int publicBodyReliefPoints() {
    return publicBodyReliefPoints;
  }

  @Override
  public String toString() {
    return "ScoreWeights[oldestDaysPastDue=" + oldestDaysPastDuePoints + "@" + oldestDaysPastDueSaturation
        + ", weightedDaysLate=" + weightedDaysLatePoints + "@" + weightedDaysLateSaturation
        + ", overdueInvoices=" + overdueInvoicesPoints + "@" + overdueInvoicesSaturation
        + ", lateShare=" + lateSharePoints
        + ", brokenPromises=" + brokenPromisesPoints + "@" + brokenPromisesSaturation
        + ", badFaithDispute=" + badFaithDisputePoints + ", cashDispute=" + cashDisputePoints
        + ", unansweredContacts=" + unansweredContactsPoints + "@" + unansweredContactsSaturation
        + ", newCustomer=" + newCustomerPoints
        + ", cleanHistoryRelief=" + cleanHistoryReliefPoints + "@" + cleanHistoryReliefSaturationYears
        + ", publicBodyRelief=" + publicBodyReliefPoints + "]";
  }

  /** Builds {@link ScoreWeights}; starts from the defaults; not thread-safe. */
  public static final class Builder {
    private int oldestDaysPastDuePoints = 25;
    private int oldestDaysPastDueSaturation = 120;
    private int weightedDaysLatePoints = 20;
    private int weightedDaysLateSaturation = 60;
    private int overdueInvoicesPoints = 15;
    private int overdueInvoicesSaturation = 5;
    private int lateSharePoints = 15;
    private int brokenPromisesPoints = 15;
    private int brokenPromisesSaturation = 3;
    private int badFaithDisputePoints = 15;
    private int cashDisputePoints = 10;
    private int unansweredContactsPoints = 10;
    private int unansweredContactsSaturation = 5;
    private int newCustomerPoints = 5;
    private int cleanHistoryReliefPoints = 10;
    private int cleanHistoryReliefSaturationYears = 3;
    private int publicBodyReliefPoints = 10;

    private Builder() {}

    /** Points for the oldest days past due, reached at {@code saturationDays}. */
    public Builder oldestDaysPastDue(int points, int saturationDays) {
      this.oldestDaysPastDuePoints = points(points, "oldestDaysPastDue");
      this.oldestDaysPastDueSaturation = saturation(saturationDays, "oldestDaysPastDue");
      return this;
    }

    /** Points for the weighted days late, reached at {@code saturationDays}. */
    public Builder weightedDaysLate(int points, int saturationDays) {
      this.weightedDaysLatePoints = points(points, "weightedDaysLate");
      this.weightedDaysLateSaturation = saturation(saturationDays, "weightedDaysLate");
      return this;
    }

    /** Points for overdue invoices, reached at {@code saturation} invoices. */
    public Builder overdueInvoices(int points, int saturation) {
      this.overdueInvoicesPoints = points(points, "overdueInvoices");
      this.overdueInvoicesSaturation = saturation(saturation, "overdueInvoices");
      return this;
    }

    /** Points when every invoice was late. */
    public Builder lateShare(int points) {
      this.lateSharePoints = points(points, "lateShare");
      return this;
    }

    /** Points for broken promises, reached at {@code saturation} promises. */
    public Builder brokenPromises(int points, int saturation) {
      this.brokenPromisesPoints = points(points, "brokenPromises");
      this.brokenPromisesSaturation = saturation(saturation, "brokenPromises");
      return this;
    }

    /** Points for an open bad-faith dispute. */
    public Builder badFaithDispute(int points) {
      this.badFaithDisputePoints = points(points, "badFaithDispute");
      return this;
    }

    /** Points for an open cash-problem dispute. */
    public Builder cashDispute(int points) {
      this.cashDisputePoints = points(points, "cashDispute");
      return this;
    }

    /** Points for unanswered contacts, reached at {@code saturation} contacts. */
    public Builder unansweredContacts(int points, int saturation) {
      this.unansweredContactsPoints = points(points, "unansweredContacts");
      this.unansweredContactsSaturation = saturation(saturation, "unansweredContacts");
      return this;
    }

    /** Points for a new customer. */
    public Builder newCustomer(int points) {
      this.newCustomerPoints = points(points, "newCustomer");
      return this;
    }

    /** Points taken off for a clean history, reached at {@code saturationYears} clean years. */
    public Builder cleanHistoryRelief(int points, int saturationYears) {
      this.cleanHistoryReliefPoints = points(points, "cleanHistoryRelief");
      this.cleanHistoryReliefSaturationYears = saturation(saturationYears, "cleanHistoryRelief");
      return this;
    }

    /** Points taken off for a public body. */
    public Builder publicBodyRelief(int points) {
      this.publicBodyReliefPoints = points(points, "publicBodyRelief");
      return this;
    }

    /** Builds the weights. */
    public ScoreWeights build() {
      return new ScoreWeights(this);
    }

    private static int points(int value, String name) {
      if (value < 0 || value > RiskScore.MAX) {
        throw new IllegalArgumentException(name + " points must be between 0 and 100, was " + value);
      }
      return value;
    }

    private static int saturation(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " saturation must be at least 1, was " + value);
      }
      return value;
    }
  }
}
