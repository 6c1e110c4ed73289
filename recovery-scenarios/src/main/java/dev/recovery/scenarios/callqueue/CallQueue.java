package dev.recovery.scenarios.callqueue;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.casefile.Promises;
import dev.recovery.scenarios.run.DebtorAccount;
import dev.recovery.scenarios.run.PlannedAction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The prioritised call queue of a day: who to call first, from the planned phone actions.
 *
 * <p>The priority adds, for each call: 1 point per 100 units of open amount (capped at 500); 2 points per
 * day past due of the oldest invoice (capped at 360); the risk score (0-100); 150 for a key account
 * (relationship first); 200 for a broken promise (the debtor did not do what they said). Ties go to the
 * earlier scheduled time (each call is already within the allowed hours of the debtor's time zone, as
 * the run's gate checked), then the debtor id. Deterministic. Immutable and thread-safe.
 */
public final class CallQueue {

  /** Points for a key account. */
  public static final int KEY_ACCOUNT_POINTS = 150;
  /** Points for a broken promise. */
  public static final int BROKEN_PROMISE_POINTS = 200;

  private CallQueue() {}

  /**
   * Ranks the phone actions among {@code actions}.
   *
   * @param accounts the debtor accounts by id (for promises, segment and open items)
   * @param riskScore the risk score (0-100) of a debtor account
   */
  public static List<CallQueueEntry> build(LocalDate asOf, List<PlannedAction> actions,
      Map<dev.recovery.core.ledger.DebtorId, DebtorAccount> accounts, ToIntFunction<DebtorAccount> riskScore) {
    Objects.requireNonNull(asOf, "asOf");
    List<CallQueueEntry> unranked = new ArrayList<>();
    for (PlannedAction action : actions) {
      if (action.channel().isEmpty() || action.channel().get() != Channel.PHONE) {
        continue;
      }
      DebtorAccount account = accounts.get(action.debtorId());
      if (account == null) {
        throw new IllegalArgumentException("no account for debtor " + action.debtorId() + " of action " + action.id());
      }
      List<String> reasons = new ArrayList<>();
      long amountPoints = Math.min(500, action.amount().amount().divide(BigDecimal.valueOf(100), 0,
          RoundingMode.DOWN).longValue());
      reasons.add(action.amount() + " open -> " + amountPoints + " points");
      long daysLate = 0;
      for (var item : account.ledger().openItemsOf(account.debtor().id(), asOf)) {
        if (action.invoices().contains(item.invoice().id())) {
          daysLate = Math.max(daysLate, ChronoUnit.DAYS.between(item.dueDate(), asOf));
        }
      }
      long latePoints = Math.min(360, Math.max(0, daysLate) * 2);
      reasons.add(daysLate + " days past due -> " + latePoints + " points");
      int risk = riskScore.applyAsInt(account);
      reasons.add("risk score " + risk + " -> " + risk + " points");
      long priority = amountPoints + latePoints + risk;
      if (account.segment().equals("key-account")) {
        priority += KEY_ACCOUNT_POINTS;
        reasons.add("key account -> " + KEY_ACCOUNT_POINTS + " points");
      }
      for (PromiseToPay p : account.caseFile().promises(asOf)) {
        if (Promises.status(p, account.ledger(), asOf, 0) == Promises.Status.BROKEN) {
          priority += BROKEN_PROMISE_POINTS;
          reasons.add("promise of " + p.amount() + " for " + p.promisedDate() + " broken -> " + BROKEN_PROMISE_POINTS
              + " points");
          break;
        }
      }
      unranked.add(new CallQueueEntry(0, action, priority, reasons));
    }
    unranked.sort(Comparator.comparingLong(CallQueueEntry::priority).reversed()
        .thenComparing(e -> e.action().scheduledAt().toInstant())
        .thenComparing(e -> e.action().debtorId()));
    List<CallQueueEntry> ranked = new ArrayList<>(unranked.size());
    for (int i = 0; i < unranked.size(); i++) {
      CallQueueEntry e = unranked.get(i);
      ranked.add(new CallQueueEntry(i + 1, e.action(), e.priority(), e.reasons()));
    }
    return ranked;
  }
}
