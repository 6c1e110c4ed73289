package dev.recovery.core.casefile;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A debtor's history: every event of the case file, in date order (stable for equal dates).
 *
 * <p>Immutable and thread-safe. Queries take an explicit as-of date: events after it are ignored,
 * so that a run as of a past date sees the file as it was.
 */
public final class CaseFile {

  private static final Comparator<CaseEvent> ORDER = Comparator.comparing(CaseEvent::date);

  private final DebtorId debtorId;
  private final List<CaseEvent> events;

  private CaseFile(DebtorId debtorId, List<CaseEvent> events) {
    this.debtorId = debtorId;
    this.events = events;
  }

  /**
   * The case file of one debtor.
   *
   * @throws IllegalArgumentException if an event belongs to another debtor
   */
  public static CaseFile of(DebtorId debtorId, Collection<? extends CaseEvent> events) {
    Objects.requireNonNull(debtorId, "debtorId");
    List<CaseEvent> sorted = new ArrayList<>(events);
    for (CaseEvent e : sorted) {
      if (!e.debtorId().equals(debtorId)) {
        throw new IllegalArgumentException("event of debtor " + e.debtorId() + " in the case file of " + debtorId);
      }
    }
    sorted.sort(ORDER);
    return new CaseFile(debtorId, List.copyOf(sorted));
  }

  /** An empty case file. */
  public static CaseFile empty(DebtorId debtorId) {
    return new CaseFile(Objects.requireNonNull(debtorId, "debtorId"), List.of());
  }

  /** Groups events by debtor into case files, keeping the first-seen debtor order. */
  public static Map<DebtorId, CaseFile> byDebtor(Collection<? extends CaseEvent> events) {
    Map<DebtorId, List<CaseEvent>> grouped = new LinkedHashMap<>();
    for (CaseEvent e : events) {
      grouped.computeIfAbsent(e.debtorId(), k -> new ArrayList<>()).add(e);
    }
    Map<DebtorId, CaseFile> result = new LinkedHashMap<>();
    grouped.forEach((id, list) -> result.put(id, of(id, list)));
    return result;
  }

  /** This case file with one more event. */
  public CaseFile with(CaseEvent event) {
    List<CaseEvent> more = new ArrayList<>(events);
    more.add(event);
    return of(debtorId, more);
  }

  /** The debtor. */
  public DebtorId debtorId() {
    return debtorId;
  }

  /** Every event, by date. */
  public List<CaseEvent> events() {
    return events;
  }

  /** The events dated on or before {@code asOf}. */
  public List<CaseEvent> eventsUntil(LocalDate asOf) {
    List<CaseEvent> result = new ArrayList<>();
    for (CaseEvent e : events) {
      if (!e.date().isAfter(asOf)) {
        result.add(e);
      }
    }
    return result;
  }

  /** The events of one kind dated on or before {@code asOf}. */
  public <T extends CaseEvent> List<T> eventsUntil(Class<T> kind, LocalDate asOf) {
    List<T> result = new ArrayList<>();
    for (CaseEvent e : events) {
      if (kind.isInstance(e) && !e.date().isAfter(asOf)) {
        result.add(kind.cast(e));
      }
    }
    return result;
  }

  /** The contacts up to {@code asOf}. */
  public List<Contact> contacts(LocalDate asOf) {
    return eventsUntil(Contact.class, asOf);
  }

  /** The promises to pay made up to {@code asOf}. */
  public List<PromiseToPay> promises(LocalDate asOf) {
    return eventsUntil(PromiseToPay.class, asOf);
  }

  /** The disputes opened up to {@code asOf}, open or resolved. */
  public List<Dispute> disputes(LocalDate asOf) {
    return eventsUntil(Dispute.class, asOf);
  }

  /** The disputes open on {@code asOf}. */
  public List<Dispute> openDisputes(LocalDate asOf) {
    List<Dispute> result = new ArrayList<>();
    for (Dispute d : disputes(asOf)) {
      if (d.isOpen(asOf)) {
        result.add(d);
      }
    }
    return result;
  }

  /** Whether the invoice is under an open dispute on {@code asOf}. */
  public boolean isDisputed(InvoiceId invoice, LocalDate asOf) {
    for (Dispute d : disputes(asOf)) {
      if (d.invoiceId().equals(invoice) && d.isOpen(asOf)) {
        return true;
      }
    }
    return false;
  }

  /** The payment plans agreed up to {@code asOf}. */
  public List<PaymentPlan> paymentPlans(LocalDate asOf) {
    return eventsUntil(PaymentPlan.class, asOf);
  }

  /** The channels the debtor opted out of up to {@code asOf}. */
  public Set<Channel> optedOut(LocalDate asOf) {
    Set<Channel> result = EnumSet.noneOf(Channel.class);
    for (OptOut o : eventsUntil(OptOut.class, asOf)) {
      result.add(o.channel());
    }
    return result;
  }

  /** The acknowledgements of the debt up to {@code asOf}. */
  public List<Acknowledgement> acknowledgements(LocalDate asOf) {
    return eventsUntil(Acknowledgement.class, asOf);
  }

  /** The notes up to {@code asOf}. */
  public List<Note> notes(LocalDate asOf) {
    return eventsUntil(Note.class, asOf);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseFile c && debtorId.equals(c.debtorId) && events.equals(c.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(debtorId, events);
  }

  @Override
  public String toString() {
    return "CaseFile[" + debtorId + ", " + events.size() + " events]";
  }
}
