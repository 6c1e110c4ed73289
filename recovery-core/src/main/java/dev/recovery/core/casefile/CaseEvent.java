package dev.recovery.core.casefile;

import dev.recovery.core.ledger.DebtorId;
import java.time.LocalDate;

/**
 * One event in a debtor's case file: a contact, a promise to pay, a dispute, a payment plan, an
 * opt-out, an acknowledgement of the debt, or a note.
 *
 * <p>Events are immutable values. In JSON Lines each event is one object whose {@code type} field is
 * {@link #type()}.
 */
public sealed interface CaseEvent
    permits Contact, PromiseToPay, Dispute, PaymentPlan, OptOut, Acknowledgement, Note {

  /** The debtor account the event belongs to. */
  DebtorId debtorId();

  /** The business date of the event (in the creditor's calendar), used to order and filter events. */
  LocalDate date();

  /** The JSON {@code type} code: contact, promise, dispute, payment_plan, opt_out, acknowledgement, note. */
  String type();
}
