package dev.recovery.core.io;

import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@code debtors.csv}: one debtor account per row.
 *
 * <p>Columns (header names are case-insensitive and trimmed; separator {@code ,} or {@code ;}):
 * required {@code debtor_id, name, type, country, time_zone, language, email, phone, customer_since}
 * ({@code email}, {@code phone} and {@code customer_since} cells may be empty); optional {@code segment}
 * and {@code iban} (several IBANs separated by {@code |}). {@code type} is business, consumer or
 * public; {@code country} an ISO 3166-1 alpha-2 code; {@code time_zone} a region id such as
 * {@code Europe/Paris}; {@code language} an ISO 639-1 code; {@code customer_since} an ISO date.
 *
 * <p>Every bad cell gives one {@link ImportFailure} and the row is left out; a repeated
 * {@code debtor_id} is reported on its second occurrence with the line of the first.
 */
public final class DebtorCsvReader {

  /** The file name the portfolio loader reads. */
  public static final String FILE_NAME = "debtors.csv";

  /** The columns in file order: the first {@link #REQUIRED_COUNT} are required, the others optional. */
  public static final List<String> COLUMNS = List.of("debtor_id", "name", "type", "country", "time_zone", "language",
      "email", "phone", "customer_since", "segment", "iban");

  /** How many of {@link #COLUMNS} are required. */
  public static final int REQUIRED_COUNT = 9;

  private static final int ID = 0;
  private static final int NAME = 1;
  private static final int TYPE = 2;
  private static final int COUNTRY = 3;
  private static final int TIME_ZONE = 4;
  private static final int LANGUAGE = 5;
  private static final int EMAIL = 6;
  private static final int PHONE = 7;
  private static final int SINCE = 8;
  private static final int SEGMENT = 9;
  private static final int IBAN = 10;

  private DebtorCsvReader() {}

  /**
   * Reads the file; failures name it by its file name.
   *
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static ImportResult<Debtor> read(Path path) {
    return StreamingReads.read(path, DebtorCsvReader::read);
  }

  /** Reads CSV text; {@code fileName} is the name used in failures. The reader is not closed. */
  public static ImportResult<Debtor> read(Reader reader, String fileName) {
    return StreamingReads.collect(reader, fileName, DebtorCsvReader::read);
  }

  /**
   * Reads CSV text and hands each good row and each failure to {@code sink} as soon as it is read,
   * keeping nothing but the ids seen (to report duplicates): for files too large to hold, and for
   * throughput measurements. The reader is not closed.
   *
   * @return the number of good rows
   */
  public static long read(Reader reader, String fileName, ImportSink<? super Debtor> sink) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sink, "sink");
    long count = 0;
    IdIndex firstLine = new IdIndex();
    Map<String, ZoneId> zones = new HashMap<>();
    CsvInput in = CsvInput.open(reader, fileName, COLUMNS, REQUIRED_COUNT, sink::failure);
    while (in.next()) {
      int before = in.failureCount();
      String id = in.uniqueId(ID, "debtor_id", firstLine);
      String name = in.cell(NAME);
      if (name.isEmpty()) {
        in.fail("name", name, "must not be empty");
      }
      DebtorType type = null;
      String typeText = in.cell(TYPE);
      try {
        type = DebtorType.parse(typeText);
      } catch (IllegalArgumentException e) {
        in.fail("type", typeText, "not one of business, consumer, public");
      }
      String country = in.cell(COUNTRY);
      if (!Cells.twoLetters(country)) {
        in.fail("country", country, "not an ISO 3166-1 alpha-2 country code (two letters, e.g. FR)");
      }
      String zoneText = in.cell(TIME_ZONE);
      ZoneId zone = zones.get(zoneText);
      if (zone == null) {
        try {
          if (zoneText.isEmpty()) {
            throw new DateTimeException("empty");
          }
          zone = ZoneId.of(zoneText);
          zones.put(zoneText, zone);
        } catch (DateTimeException e) {
          in.fail("time_zone", zoneText, "not a time zone id (expected a region such as Europe/Paris)");
        }
      }
      String language = in.cell(LANGUAGE);
      if (!Cells.twoLetters(language)) {
        in.fail("language", language, "not an ISO 639-1 language code (two letters, e.g. fr)");
      }
      String email = in.cell(EMAIL);
      if (!email.isEmpty() && (email.indexOf('@') <= 0 || email.indexOf('@') == email.length() - 1)) {
        in.fail("email", email, "not an e-mail address (expected name@domain)");
      }
      String phone = in.cell(PHONE);
      LocalDate since = null;
      String sinceText = in.cell(SINCE);
      if (!sinceText.isEmpty()) {
        try {
          since = Cells.date(sinceText);
        } catch (IllegalArgumentException e) {
          in.fail("customer_since", sinceText, e.getMessage());
        }
      }
      String segment = in.cell(SEGMENT);
      List<String> ibans = new ArrayList<>();
      String ibanText = in.cell(IBAN);
      if (!ibanText.isEmpty()) {
        for (String part : ibanText.split("\\|", -1)) {
          String p = part.strip();
          try {
            ibans.add(Cells.iban(p));
          } catch (IllegalArgumentException e) {
            in.fail("iban", p, e.getMessage());
          }
        }
      }
      if (in.failureCount() != before) {
        continue;
      }
      Debtor row;
      try {
        row = Debtor.builder(DebtorId.of(id), name)
            .type(type)
            .country(country)
            .timeZone(zone)
            .language(language)
            .email(email.isEmpty() ? null : email)
            .phone(phone.isEmpty() ? null : phone)
            .customerSince(since)
            .segment(segment.isEmpty() ? null : segment)
            .ibans(ibans)
            .build();
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
