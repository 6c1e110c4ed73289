package dev.recovery.legal.limitation;

import dev.recovery.core.casefile.Acknowledgement;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.ledger.InvoiceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Applies acknowledgements (restart) and lists formal notices (no effect) for a limitation rule. */
final class Restarts {

  final LocalDate runsFrom;
  final LocalDate limitationDate;
  final List<LocalDate> restartedOn;
  final String explanation;

  private Restarts(LocalDate runsFrom, LocalDate limitationDate, List<LocalDate> restartedOn, String explanation) {
    this.runsFrom = runsFrom;
    this.limitationDate = limitationDate;
    this.restartedOn = restartedOn;
    this.explanation = explanation;
  }

  /**
   * @param start the day the period first runs from
   * @param end maps a start day to the last day of the period
   * @param noRevival the reference that says an acknowledgement after expiry does not restart the period
   * @param notInterrupting the reference that says a formal notice does not interrupt it
   */
  static Restarts apply(LocalDate start, UnaryOperator<LocalDate> end, CaseFile caseFile, Optional<InvoiceId> invoice,
      String restartReference, String noRevival, String notInterrupting) {
    StringBuilder why = new StringBuilder();
    LocalDate from = start;
    LocalDate limit = end.apply(start);
    why.append("runs from ").append(start).append(" to ").append(limit);
    List<LocalDate> restarted = new ArrayList<>();
    int notices = 0;
    if (caseFile != null) {
      for (CaseEvent e : caseFile.events()) {
        if (e instanceof Acknowledgement ack && (invoice.isEmpty() || ack.covers(invoice.get()))) {
          LocalDate d = ack.date();
          if (d.isBefore(from)) {
            continue;
          }
          if (d.isAfter(limit)) {
            why.append("; the acknowledgement of ").append(d).append(" came after expiry and does not restart it (")
                .append(noRevival).append(")");
            continue;
          }
          from = d;
          limit = end.apply(d);
          restarted.add(d);
          why.append("; restarted by the debtor's acknowledgement of ").append(d).append(" (").append(restartReference)
              .append("), now to ").append(limit);
        } else if (e instanceof Contact c && c.channel() == Channel.REGISTERED_LETTER
            && c.direction() == Contact.Direction.OUTBOUND && !c.date().isBefore(start)) {
          notices++;
        }
      }
    }
    if (notices > 0) {
      why.append("; ").append(notices).append(" formal notice(s) by registered letter do not interrupt it (")
          .append(notInterrupting).append(")");
    }
    return new Restarts(from, limit, restarted, why.toString());
  }
}
