package dev.recovery.core.io;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.InvoiceKind;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@code invoices.csv}: one invoice or credit note per row.
 *
 * <p>Columns (header names are case-insensitive and trimmed; separator {@code ,} or {@code ;}):
 * required {@code invoice_id, debtor_id, issue_date, terms, amount, currency}; optional
 * {@code due_date} (an explicit due date that overrides the terms), {@code reference} and {@code kind}
 * ({@code invoice}, the default, or {@code credit_note}). {@code terms} is read by {@link
 * PaymentTerms#parse(String)}; it may be empty for a credit note (meaning "on receipt").
 * {@code amount} is a plain positive decimal that fits the currency's scale ({@code 1200.50} in EUR,
 * not {@code 1200.505}).
 *
 * <p>Every bad cell gives one {@link ImportFailure} and the row is left out; a repeated
 * {@code invoice_id} is reported on its second occurrence with the line of the first. Built for
 * volume: each distinct terms text is parsed once per read, and the per-row path uses no regular
 * expression.
 */
public final class InvoiceCsvReader {

  /** The file name the portfolio loader reads. */
  public static final String FILE_NAME = "invoices.csv";

  /** The columns in file order: the first {@link #REQUIRED_COUNT} are required, the others optional. */
  public static final List<String> COLUMNS = List.of("invoice_id", "debtor_id", "issue_date", "terms", "amount",
      "currency", "due_date", "reference", "kind");

  /** How many of {@link #COLUMNS} are required. */
  public static final int REQUIRED_COUNT = 6;

  private static final int ID = 0;
  private static final int DEBTOR = 1;
  private static final int ISSUE = 2;
  private static final int TERMS = 3;
  private static final int AMOUNT = 4;
  private static final int CURRENCY = 5;
  private static final int DUE = 6;
  private static final int REFERENCE = 7;
  private static final int KIND = 8;

  private InvoiceCsvReader() {}

  /**
   * Reads the file; failures name it by its file name.
   *
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static ImportResult<Invoice> read(Path path) {
    return StreamingReads.read(path, InvoiceCsvReader::read);
  }

  /** Reads CSV text; {@code fileName} is the name used in failures. The reader is not closed. */
  public static ImportResult<Invoice> read(Reader reader, String fileName) {
    return StreamingReads.collect(reader, fileName, InvoiceCsvReader::read);
  }

  /**
   * Reads CSV text and hands each good row and each failure to {@code sink} as soon as it is read,
   * keeping nothing but the ids seen (to report duplicates): for files too large to hold, and for
   * throughput measurements. The reader is not closed.
   *
   * @return the number of good rows
   */
  public static long read(Reader reader, String fileName, ImportSink<? super Invoice> sink) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sink, "sink");
    long count = 0;
    IdIndex firstLine = new IdIndex();
    Map<String, Object> terms = new HashMap<>();
    Map<String, Currency> currencies = new HashMap<>();
    DebtorId lastDebtor = null;
    String lastCurrencyText = null;
    Currency lastCurrency = null;
    String lastTermsText = null;
    PaymentTerms lastTerms = null;
    CsvInput in = CsvInput.open(reader, fileName, COLUMNS, REQUIRED_COUNT, sink::failure);
    Cells.Dates dates = new Cells.Dates();
    while (in.next()) {
      int before = in.failureCount();
      String id = in.uniqueId(ID, "invoice_id", firstLine);
      String debtorText = in.cell(DEBTOR);
      DebtorId debtor = null;
      if (debtorText.isEmpty()) {
        in.fail("debtor_id", debtorText, "must not be empty");
      } else if (lastDebtor != null && lastDebtor.value().equals(debtorText)) {
        // files are usually grouped by debtor: share one id object per run of rows
        debtor = lastDebtor;
      } else {
        debtor = DebtorId.of(debtorText);
        lastDebtor = debtor;
      }
      LocalDate issue = null;
      String issueText = in.cell(ISSUE);
      try {
        issue = dates.parse(issueText);
      } catch (IllegalArgumentException e) {
        in.fail("issue_date", issueText, e.getMessage());
      }
      InvoiceKind kind = InvoiceKind.INVOICE;
      String kindText = in.cell(KIND);
      if (!kindText.isEmpty()) {
        try {
          kind = InvoiceKind.parse(kindText);
        } catch (IllegalArgumentException e) {
          in.fail("kind", kindText, "not one of invoice, credit_note");
        }
      }
      String termsText = in.cell(TERMS);
      PaymentTerms paymentTerms = null;
      if (termsText.isEmpty()) {
        if (kind == InvoiceKind.CREDIT_NOTE) {
          paymentTerms = PaymentTerms.onReceipt();
        } else {
          in.fail("terms", termsText, "must not be empty for an invoice (for example 'net 30', '30 jours fin de mois')");
        }
      } else {
        Object parsed = termsText.equals(lastTermsText) ? lastTerms : terms.get(termsText);
        if (parsed == null) {
          try {
            parsed = PaymentTerms.parse(termsText);
          } catch (IllegalArgumentException e) {
            parsed = e.getMessage();
          }
          terms.put(termsText, parsed);
        }
        if (parsed instanceof PaymentTerms t) {
          paymentTerms = t;
          lastTermsText = termsText;
          lastTerms = t;
        } else {
          in.fail("terms", termsText, (String) parsed);
        }
      }
      String currencyText = in.cell(CURRENCY);
      Currency currency = null;
      if (currencyText.equals(lastCurrencyText)) {
        currency = lastCurrency;
      } else {
        try {
          currency = Cells.currency(currencyText, currencies);
          lastCurrencyText = currencyText;
          lastCurrency = currency;
        } catch (IllegalArgumentException e) {
          in.fail("currency", currencyText, e.getMessage());
        }
      }
      Money amount = null;
      String amountText = in.cell(AMOUNT);
      if (currency != null) {
        try {
          amount = Cells.amount(amountText, currency);
          if (!amount.isPositive()) {
            in.fail("amount", amountText, "must be positive (a credit note has a positive amount and kind credit_note)");
          }
        } catch (IllegalArgumentException e) {
          in.fail("amount", amountText, e.getMessage());
        }
      }
      Optional<LocalDate> due = Optional.empty();
      String dueText = in.cell(DUE);
      if (!dueText.isEmpty()) {
        try {
          LocalDate d = dates.parse(dueText);
          if (issue != null && d.isBefore(issue)) {
            in.fail("due_date", dueText, "is before the issue date " + issue);
          }
          due = Optional.of(d);
        } catch (IllegalArgumentException e) {
          in.fail("due_date", dueText, e.getMessage());
        }
      }
      String reference = in.cell(REFERENCE);
      if (in.failureCount() != before) {
        continue;
      }
      Invoice row;
      try {
        row = new Invoice(InvoiceId.of(id), debtor, issue, paymentTerms, amount, due,
            reference.isEmpty() ? Optional.empty() : Optional.of(reference), kind);
      } catch (IllegalArgumentException e) {
        in.failRow(e.getMessage());
        continue;
      }
      sink.row(row, in.line());
      count++;
    }
    in.close();
    return count;
  }
}
