package dev.recovery.core.io;

import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Payment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a portfolio directory in the format {@link PortfolioLoader} reads: {@code debtors.csv},
 * {@code invoices.csv}, {@code payments.csv} and {@code events.jsonl}.
 *
 * <p>The output is deterministic, byte for byte: UTF-8 without byte-order mark, {@code ,} separator,
 * {@code \n} line ends, every known column in a fixed order (optional ones included, empty when
 * absent), a cell quoted only when it must be, rows in portfolio order, terms in their canonical
 * text ({@link dev.recovery.core.terms.PaymentTerms#toString()}) and amounts at the currency's scale.
 * Writing then loading gives an equal portfolio (for text values without leading or trailing blanks,
 * which the readers trim). The payment terms' business-day adjustment is not part of the file.
 *
 * <p>Stateless and thread-safe.
 */
public final class PortfolioWriter {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private PortfolioWriter() {}

  /**
   * Writes the four files into {@code dir}, creating it if needed and replacing the files.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void write(Portfolio portfolio, Path dir) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(dir, "dir");
    try {
      Files.createDirectories(dir);
      try (Writer out = Files.newBufferedWriter(dir.resolve(DebtorCsvReader.FILE_NAME), StandardCharsets.UTF_8)) {
        writeDebtors(portfolio.debtors(), out);
      }
      try (Writer out = Files.newBufferedWriter(dir.resolve(InvoiceCsvReader.FILE_NAME), StandardCharsets.UTF_8)) {
        writeInvoices(portfolio.invoices(), out);
      }
      try (Writer out = Files.newBufferedWriter(dir.resolve(PaymentCsvReader.FILE_NAME), StandardCharsets.UTF_8)) {
        writePayments(portfolio.payments(), out);
      }
      CaseEventJsonl.write(portfolio.events(), dir.resolve(CaseEventJsonl.FILE_NAME));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the portfolio to " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code debtors.csv} content (header and rows). The writer is flushed, not closed. */
  public static void writeDebtors(Iterable<Debtor> debtors, Writer out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    p.printRecord(DebtorCsvReader.COLUMNS);
    for (Debtor d : debtors) {
      p.printRecord(d.id().value(), d.name(), d.type().code(), d.country(), d.timeZone().getId(), d.language(),
          text(d.email()), text(d.phone()), d.customerSince().map(Object::toString).orElse(""), text(d.segment()),
          String.join("|", d.ibans()));
    }
    p.flush();
  }

  /** Writes {@code invoices.csv} content (header and rows). The writer is flushed, not closed. */
  public static void writeInvoices(Iterable<Invoice> invoices, Writer out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    p.printRecord(InvoiceCsvReader.COLUMNS);
    for (Invoice i : invoices) {
      p.printRecord(i.id().value(), i.debtorId().value(), i.issueDate().toString(), i.terms().toString(),
          i.amount().toPlainString(), i.amount().currencyCode(), i.dueDate().map(Object::toString).orElse(""),
          text(i.reference()), i.kind().code());
    }
    p.flush();
  }

  /** Writes {@code payments.csv} content (header and rows). The writer is flushed, not closed. */
  public static void writePayments(Iterable<Payment> payments, Writer out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    p.printRecord(PaymentCsvReader.COLUMNS);
    for (Payment pay : payments) {
      p.printRecord(pay.id().value(), pay.date().toString(), pay.amount().toPlainString(),
          pay.amount().currencyCode(), pay.debtorId().map(Object::toString).orElse(""), text(pay.remittance()),
          text(pay.payerName()), text(pay.payerIban()));
    }
    p.flush();
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  /** The file names written, in order. */
  public static List<String> fileNames() {
    return List.of(DebtorCsvReader.FILE_NAME, InvoiceCsvReader.FILE_NAME, PaymentCsvReader.FILE_NAME,
        CaseEventJsonl.FILE_NAME);
  }
}
