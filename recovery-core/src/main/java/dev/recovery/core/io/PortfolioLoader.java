package dev.recovery.core.io;

import dev.recovery.core.casefile.Acknowledgement;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PaymentPlan;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Payment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Loads a portfolio directory: {@code debtors.csv} and {@code invoices.csv} (required),
 * {@code payments.csv} and {@code events.jsonl} (optional).
 *
 * <p>Each file is read by its reader ({@link DebtorCsvReader}, {@link InvoiceCsvReader}, {@link
 * PaymentCsvReader}, {@link CaseEventJsonl}); then rows are checked across files, each problem
 * reported with the file and line of the row that names the missing thing and the row left out:
 * an invoice naming an unknown debtor, a payment naming an unknown debtor, an event naming an unknown
 * debtor or invoice, or an invoice of another debtor. "Unknown" means not among the good rows of the
 * other file, so one bad debtor row also excludes its invoices, each with its own failure.
 *
 * <p>Stateless and thread-safe.
 */
public final class PortfolioLoader {

  private PortfolioLoader() {}

  /**
   * Loads the directory.
   *
   * @throws IllegalArgumentException if {@code dir} is not a directory
   * @throws java.io.UncheckedIOException if a file exists but cannot be read
   */
  public static PortfolioLoad load(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("portfolio directory " + dir + " does not exist or is not a directory");
    }
    List<ImportFailure> failures = new ArrayList<>();

    List<Debtor> debtors = List.of();
    Path debtorsPath = dir.resolve(DebtorCsvReader.FILE_NAME);
    if (Files.exists(debtorsPath)) {
      ImportResult<Debtor> r = DebtorCsvReader.read(debtorsPath);
      failures.addAll(r.failures());
      debtors = r.rows();
    } else {
      failures.add(missing(DebtorCsvReader.FILE_NAME, dir));
    }
    Set<DebtorId> debtorIds = new HashSet<>();
    for (Debtor d : debtors) {
      debtorIds.add(d.id());
    }

    List<Invoice> invoices = new ArrayList<>();
    Map<InvoiceId, DebtorId> invoiceDebtors = new HashMap<>();
    Path invoicesPath = dir.resolve(InvoiceCsvReader.FILE_NAME);
    if (Files.exists(invoicesPath)) {
      ImportResult<Invoice> r = InvoiceCsvReader.read(invoicesPath);
      failures.addAll(r.failures());
      for (int i = 0; i < r.rows().size(); i++) {
        Invoice invoice = r.rows().get(i);
        if (debtorIds.contains(invoice.debtorId())) {
          invoices.add(invoice);
          invoiceDebtors.put(invoice.id(), invoice.debtorId());
        } else {
          failures.add(ImportFailure.ofColumn(InvoiceCsvReader.FILE_NAME, r.lineOf(i), "debtor_id",
              invoice.debtorId().value(), unknownDebtor()));
        }
      }
    } else {
      failures.add(missing(InvoiceCsvReader.FILE_NAME, dir));
    }

    List<Payment> payments = new ArrayList<>();
    Path paymentsPath = dir.resolve(PaymentCsvReader.FILE_NAME);
    if (Files.exists(paymentsPath)) {
      ImportResult<Payment> r = PaymentCsvReader.read(paymentsPath);
      failures.addAll(r.failures());
      for (int i = 0; i < r.rows().size(); i++) {
        Payment payment = r.rows().get(i);
        if (payment.debtorId().isEmpty() || debtorIds.contains(payment.debtorId().get())) {
          payments.add(payment);
        } else {
          failures.add(ImportFailure.ofColumn(PaymentCsvReader.FILE_NAME, r.lineOf(i), "debtor_id",
              payment.debtorId().get().value(), unknownDebtor()));
        }
      }
    }

    List<CaseEvent> events = new ArrayList<>();
    Path eventsPath = dir.resolve(CaseEventJsonl.FILE_NAME);
    if (Files.exists(eventsPath)) {
      ImportResult<CaseEvent> r = CaseEventJsonl.read(eventsPath);
      failures.addAll(r.failures());
      for (int i = 0; i < r.rows().size(); i++) {
        CaseEvent event = r.rows().get(i);
        List<ImportFailure> problems = checkEvent(event, r.lineOf(i), debtorIds, invoiceDebtors);
        if (problems.isEmpty()) {
          events.add(event);
        } else {
          failures.addAll(problems);
        }
      }
    }
    return new PortfolioLoad(new Portfolio(debtors, invoices, payments, events), failures);
  }

  private static ImportFailure missing(String file, Path dir) {
    return ImportFailure.ofLine(file, 0, "required file is missing from " + dir);
  }

  private static String unknownDebtor() {
    return "unknown debtor: not among the valid rows of " + DebtorCsvReader.FILE_NAME;
  }

  private static List<ImportFailure> checkEvent(CaseEvent event, long line, Set<DebtorId> debtorIds,
      Map<InvoiceId, DebtorId> invoiceDebtors) {
    List<ImportFailure> problems = new ArrayList<>();
    String file = CaseEventJsonl.FILE_NAME;
    if (!debtorIds.contains(event.debtorId())) {
      problems.add(ImportFailure.ofField(file, line, "debtorId", event.debtorId().value(), unknownDebtor()));
      return problems;
    }
    if (event instanceof Dispute d) {
      checkInvoice(problems, file, line, "invoiceId", d.invoiceId(), event.debtorId(), invoiceDebtors);
    } else {
      List<InvoiceId> named = invoicesOf(event);
      for (int k = 0; k < named.size(); k++) {
        checkInvoice(problems, file, line, "invoices[" + k + "]", named.get(k), event.debtorId(), invoiceDebtors);
      }
    }
    return problems;
  }

  private static List<InvoiceId> invoicesOf(CaseEvent event) {
    if (event instanceof Contact c) {
      return c.invoices();
    } else if (event instanceof PromiseToPay p) {
      return p.invoices();
    } else if (event instanceof PaymentPlan p) {
      return p.invoices();
    } else if (event instanceof Acknowledgement a) {
      return a.invoices();
    }
    return List.of();
  }

  private static void checkInvoice(List<ImportFailure> problems, String file, long line, String field,
      InvoiceId invoice, DebtorId debtor, Map<InvoiceId, DebtorId> invoiceDebtors) {
    DebtorId owner = invoiceDebtors.get(invoice);
    if (owner == null) {
      problems.add(ImportFailure.ofField(file, line, field, invoice.value(),
          "unknown invoice: not among the valid rows of " + InvoiceCsvReader.FILE_NAME));
    } else if (!owner.equals(debtor)) {
      problems.add(ImportFailure.ofField(file, line, field, invoice.value(),
          "the invoice belongs to debtor " + owner + ", not to " + debtor));
    }
  }
}
