package dev.recovery.scenarios.simulate;

import dev.recovery.core.casefile.ReasonFamily;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the debtors of one segment pay when nobody chases them, and why those who pay late are late.
 *
 * <p>Each invoice is paid on time (a few days before its due date at most) with probability {@code
 * onTime}, late but unprompted with probability {@code lateUnprompted} (uniformly within {@code
 * naturalDelayMaxDays} after the due date, stretched by the family's delay factor), and otherwise
 * waits for a reminder. Each debtor's reason for being late is drawn once from {@code families}.
 * Immutable and thread-safe.
 *
 * @param onTime share of invoices paid on time unprompted
 * @param lateUnprompted share of invoices paid late but unprompted
 * @param naturalDelayMaxDays the longest unprompted delay, before the family's factor
 * @param families the weight of each reason family among the debtors of the segment (normalised)
 */
public record SegmentBehaviour(double onTime, double lateUnprompted, int naturalDelayMaxDays,
    Map<ReasonFamily, Double> families) {

  /** Validates and copies. */
  public SegmentBehaviour {
    BehaviourModel.checkProbability("onTime", onTime);
    BehaviourModel.checkProbability("lateUnprompted", lateUnprompted);
    if (onTime + lateUnprompted > 1.0 + 1e-9) {
      throw new IllegalArgumentException("onTime + lateUnprompted must not exceed 1, were " + onTime + " and "
          + lateUnprompted);
    }
    if (naturalDelayMaxDays < 1) {
      throw new IllegalArgumentException("naturalDelayMaxDays must be at least 1, was " + naturalDelayMaxDays);
    }
    Objects.requireNonNull(families, "families");
    double total = 0;
    for (Map.Entry<ReasonFamily, Double> e : families.entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("family weight must not be negative, " + e.getKey().code() + " was "
            + e.getValue());
      }
      total += e.getValue();
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("at least one family weight must be positive, were " + families);
    }
    families = Map.copyOf(families);
  }

  /** A segment behaviour with family weights in the order negligence, cash, dispute, bad faith. */
  public static SegmentBehaviour of(double onTime, double lateUnprompted, int naturalDelayMaxDays, double negligence,
      double cash, double dispute, double badFaith) {
    Map<ReasonFamily, Double> f = new EnumMap<>(ReasonFamily.class);
    f.put(ReasonFamily.NEGLIGENCE, negligence);
    f.put(ReasonFamily.CASH, cash);
    f.put(ReasonFamily.DISPUTE, dispute);
    f.put(ReasonFamily.BAD_FAITH, badFaith);
    return new SegmentBehaviour(onTime, lateUnprompted, naturalDelayMaxDays, f);
  }

  /** The family for a uniform draw {@code u} in [0, 1), in the fixed order of {@link ReasonFamily}. */
  public ReasonFamily family(double u) {
    double total = families.values().stream().mapToDouble(Double::doubleValue).sum();
    double acc = 0;
    ReasonFamily last = ReasonFamily.NEGLIGENCE;
    for (ReasonFamily f : ReasonFamily.values()) {
      double w = families.getOrDefault(f, 0.0);
      if (w <= 0) {
        continue;
      }
      acc += w / total;
      last = f;
      if (u < acc) {
        return f;
      }
    }
    return last;
  }
}
