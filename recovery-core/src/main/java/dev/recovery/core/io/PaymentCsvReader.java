package dev.recovery.core.io;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
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
 * Reads {@code payments.csv}: one payment received per row.
 *
 * <p>Columns (header names are case-insensitive and trimmed; separator {@code ,} or {@code ;}):
 * required {@code payment_id, date, amount, currency}; optional {@code debtor_id} (when the host knows
 * who paid), {@code remittance} (the remittance text, which may name invoices), {@code payer_name} and
 * {@code payer_iban} (as the bank reports them). {@code amount} is a plain positive decimal that fits
 * the currency's scale.
 *
 * <p>Every bad cell gives one {@link ImportFailure} and the row is left out; a repeated
 * {@code payment_id} is reported on its second occurrence with the line of the first.
 */
public final class PaymentCsvReader {

  /** The file name the portfolio loader reads. */
  public static final String FILE_NAME = "payments.csv";

  /** The columns in file order: the first {@link #REQUIRED_COUNT} are required, the others optional. */
  public static final List<String> COLUMNS = List.of("payment_id", "date", "amount", "currency", "debtor_id",
      "remittance", "payer_name", "payer_iban");

  /** How many of {@link #COLUMNS} are required. */
  public static final int REQUIRED_COUNT = 4;

  private static final int ID = 0;
  private static final int DATE = 1;
  private static final int AMOUNT = 2;
  private static final int CURRENCY = 3;
  private static final int DEBTOR = 4;
  private static final int REMITTANCE = 5;
  private static final int PAYER_NAME = 6;
  private static final int PAYER_IBAN = 7;

  private PaymentCsvReader() {}

  /**
   * Reads the file; failures name it by its file name.
   *
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static ImportResult<Payment> read(Path path) {
    return StreamingReads.read(path, PaymentCsvReader::read);
  }

  /** Reads CSV text; {@code fileName} is the name used in failures. The reader is not closed. */
  public static ImportResult<Payment> read(Reader reader, String fileName) {
    return StreamingReads.collect(reader, fileName, PaymentCsvReader::read);
  }

  /**
   * Reads CSV text and hands each good row and each failure to {@code sink} as soon as it is read,
   * keeping nothing but the ids seen (to report duplicates): for files too large to hold, and for
   * throughput measurements. The reader is not closed.
   *
   * @return the number of good rows
   */
  public static long read(Reader reader, String fileName, ImportSink<? super Payment> sink) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sink, "sink");
    long count = 0;
    IdIndex firstLine = new IdIndex();
    Map<String, Currency> currencies = new HashMap<>();
    CsvInput in = CsvInput.open(reader, fileName, COLUMNS, REQUIRED_COUNT, sink::failure);
    Cells.Dates dates = new Cells.Dates();
    while (in.next()) {
      int before = in.failureCount();
      String id = in.uniqueId(ID, "payment_id", firstLine);
      LocalDate date = null;
      String dateText = in.cell(DATE);
      try {
        date = dates.parse(dateText);
      } catch (IllegalArgumentException e) {
        in.fail("date", dateText, e.getMessage());
      }
      String currencyText = in.cell(CURRENCY);
      Currency currency = null;
      try {
        currency = Cells.currency(currencyText, currencies);
      } catch (IllegalArgumentException e) {
        in.fail("currency", currencyText, e.getMessage());
      }
      Money amount = null;
      String amountText = in.cell(AMOUNT);
      if (currency != null) {
        try {
          amount = Cells.amount(amountText, currency);
          if (!amount.isPositive()) {
            in.fail("amount", amountText, "must be positive");
          }
        } catch (IllegalArgumentException e) {
          in.fail("amount", amountText, e.getMessage());
        }
      }
      String debtor = in.cell(DEBTOR);
      String remittance = in.cell(REMITTANCE);
      String payerName = in.cell(PAYER_NAME);
      String ibanText = in.cell(PAYER_IBAN);
      String iban = null;
      if (!ibanText.isEmpty()) {
        try {
          iban = Cells.iban(ibanText);
        } catch (IllegalArgumentException e) {
          in.fail("payer_iban", ibanText, e.getMessage());
        }
      }
      if (in.failureCount() != before) {
        continue;
      }
      Payment row;
      try {
        row = new Payment(PaymentId.of(id), date, amount,
            debtor.isEmpty() ? Optional.empty() : Optional.of(DebtorId.of(debtor)),
            remittance.isEmpty() ? Optional.empty() : Optional.of(remittance),
            payerName.isEmpty() ? Optional.empty() : Optional.of(payerName),
            Optional.ofNullable(iban));
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
