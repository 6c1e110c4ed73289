package dev.recovery.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.recovery.core.casefile.Acknowledgement;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.Note;
import dev.recovery.core.casefile.OptOut;
import dev.recovery.core.casefile.PaymentPlan;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes case-file events as JSON Lines ({@code events.jsonl}): one JSON object per line,
 * whose {@code type} says which event it is.
 *
 * <p>The format, field for field (fields in brackets are optional; amounts are strings at the
 * currency's scale; date-times carry their offset; dates are ISO {@code yyyy-MM-dd}):
 * <pre>
 * {"type":"contact","debtorId":"D1","at":"2024-03-01T10:00:00-05:00","channel":"phone","direction":"outbound",
 *  "outcome":"no_answer","person":"debtor"[,"debt":"A"][,"invoices":["F1"]][,"note":"..."]}
 * {"type":"promise","debtorId":"D1","at":"2025-03-10T11:00:00+01:00","amount":"500.00","currency":"EUR",
 *  "promisedDate":"2025-03-20"[,"invoices":["F1"]]}
 * {"type":"dispute","debtorId":"D1","invoiceId":"F1","opened":"2025-03-01","reason":"dispute",
 *  "resolved":null[,"note":"..."]}
 * {"type":"payment_plan","debtorId":"D1","agreed":"2025-03-01"[,"invoices":["F1"]],
 *  "installments":[{"dueDate":"2025-04-01","amount":"100.00","currency":"EUR"}]}
 * {"type":"opt_out","debtorId":"D1","at":"2025-03-01T09:00:00+01:00","channel":"sms"}
 * {"type":"acknowledgement","debtorId":"D1","date":"2024-01-15"[,"invoices":["F1"]]}
 * {"type":"note","debtorId":"D1","at":"2025-03-01T09:00:00+01:00","text":"..."}
 * </pre>
 * {@code resolved} may be null or absent (an open dispute). Codes: channel phone, voicemail, email,
 * sms, whatsapp, letter, registered_letter; direction outbound, inbound; outcome reached, no_answer,
 * voicemail, wrong_party, refused, sent.
 *
 * <p>Reading is strict: an unknown field, a missing required field, a wrong JSON type, an unknown
 * code, a repeated key or malformed JSON each give an {@link ImportFailure} with the file, the line
 * and the field, and the line is left out; blank lines are skipped. Writing produces exactly this
 * format, one event per line, fields in the order above, so that a write followed by a read gives
 * equal events.
 */
public final class CaseEventJsonl {

  /** The file name the portfolio loader reads. */
  public static final String FILE_NAME = "events.jsonl";

  private static final ObjectReader READER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build()
      .reader();

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** ISO date-time with offset, seconds always printed, {@code +00:00} rather than {@code Z}. */
  static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .appendOffset("+HH:MM:ss", "+00:00")
      .toFormatter(java.util.Locale.ROOT);

  private static final Map<String, Set<String>> FIELDS = Map.of(
      "contact", fields("type", "debtorId", "at", "channel", "direction", "outcome", "person", "debt", "invoices",
          "note"),
      "promise", fields("type", "debtorId", "at", "amount", "currency", "promisedDate", "invoices"),
      "dispute", fields("type", "debtorId", "invoiceId", "opened", "reason", "resolved", "note"),
      "payment_plan", fields("type", "debtorId", "agreed", "invoices", "installments"),
      "opt_out", fields("type", "debtorId", "at", "channel"),
      "acknowledgement", fields("type", "debtorId", "date", "invoices"),
      "note", fields("type", "debtorId", "at", "text"));

  private static final Set<String> INSTALLMENT_FIELDS = fields("dueDate", "amount", "currency");

  private static final String TYPES = "contact, promise, dispute, payment_plan, opt_out, acknowledgement, note";

  private CaseEventJsonl() {}

  private static Set<String> fields(String... names) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads the file; failures name it by its file name.
   *
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static ImportResult<CaseEvent> read(Path path) {
    Objects.requireNonNull(path, "path");
    try (Reader reader = CsvInput.utf8(path)) {
      return read(reader, String.valueOf(path.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Reads JSON Lines text; {@code fileName} is the name used in failures. The reader is not closed. */
  public static ImportResult<CaseEvent> read(Reader reader, String fileName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(fileName, "fileName");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    List<CaseEvent> rows = new ArrayList<>();
    LineList lines = new LineList();
    List<ImportFailure> failures = new ArrayList<>();
    long lineNo = 0;
    try {
      String text;
      while ((text = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
        if (text.isBlank()) {
          continue;
        }
        CaseEvent event = parseLine(text, fileName, lineNo, failures);
        if (event != null) {
          rows.add(event);
          lines.add(lineNo);
        }
      }
    } catch (IOException e) {
      failures.add(ImportFailure.ofLine(fileName, CsvInput.lineOf(e, lineNo + 1), "cannot read the rest of the file: "
          + CsvInput.describe(e)));
    }
    return ImportResult.of(rows, lines.toArray(), failures);
  }

  /**
   * Parses one JSON object into an event.
   *
   * @throws IllegalArgumentException naming the field and the reason of the first problem found
   */
  public static CaseEvent parse(String json) {
    Objects.requireNonNull(json, "json");
    List<ImportFailure> failures = new ArrayList<>();
    CaseEvent event = parseLine(json, "event", 1, failures);
    if (event == null) {
      throw new IllegalArgumentException(failures.get(0).toString());
    }
    return event;
  }

  /** Parses a JSON tree into an event, or throws naming the first problem (for the Jackson module). */
  static CaseEvent fromTree(JsonNode node) {
    List<ImportFailure> failures = new ArrayList<>();
    CaseEvent event = fromTree(node, "event", 1, failures);
    if (event == null) {
      throw new IllegalArgumentException(failures.get(0).toString());
    }
    return event;
  }

  private static CaseEvent parseLine(String text, String file, long line, List<ImportFailure> failures) {
    JsonNode node;
    try {
      node = READER.readTree(text);
    } catch (JsonProcessingException e) {
      failures.add(ImportFailure.ofLine(file, line, "malformed JSON: " + e.getOriginalMessage()));
      return null;
    }
    return fromTree(node, file, line, failures);
  }

  private static CaseEvent fromTree(JsonNode node, String file, long line, List<ImportFailure> failures) {
    if (node == null || !node.isObject()) {
      failures.add(ImportFailure.ofLine(file, line, "each line must be one JSON object, found "
          + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
      return null;
    }
    int before = failures.size();
    JsonObjectFields f = new JsonObjectFields(node, file, line, "", failures);
    String type = f.text("type");
    if (type == null) {
      return null;
    }
    Set<String> known = FIELDS.get(type);
    if (known == null) {
      failures.add(ImportFailure.ofField(file, line, "type", type, "unknown event type; expected one of " + TYPES));
      return null;
    }
    f.rejectUnknown(known, "type '" + type + "'");
    DebtorId debtor = f.parsed("debtorId", DebtorId::of);
    CaseEvent event = switch (type) {
      case "contact" -> contact(f, debtor);
      case "promise" -> promise(f, debtor);
      case "dispute" -> dispute(f, debtor);
      case "payment_plan" -> plan(f, debtor);
      case "opt_out" -> optOut(f, debtor);
      case "acknowledgement" -> acknowledgement(f, debtor);
      default -> note(f, debtor);
    };
    if (failures.size() != before) {
      return null;
    }
    return event;
  }

  private static Contact contact(JsonObjectFields f, DebtorId debtor) {
    OffsetDateTime at = f.dateTime("at");
    Channel channel = f.parsed("channel", Channel::parse);
    Contact.Direction direction = f.parsed("direction", Contact.Direction::parse);
    Contact.Outcome outcome = f.parsed("outcome", Contact.Outcome::parse);
    String person = f.text("person");
    String debt = f.optionalText("debt");
    List<InvoiceId> invoices = f.list("invoices", InvoiceId::of);
    String note = f.optionalText("note");
    if (debtor == null || at == null || channel == null || direction == null || outcome == null || person == null) {
      return null;
    }
    return new Contact(debtor, at, channel, direction, outcome, person, Optional.ofNullable(debt), invoices,
        Optional.ofNullable(note));
  }

  private static PromiseToPay promise(JsonObjectFields f, DebtorId debtor) {
    OffsetDateTime at = f.dateTime("at");
    Money amount = f.money("amount", "currency");
    LocalDate promised = f.date("promisedDate");
    List<InvoiceId> invoices = f.list("invoices", InvoiceId::of);
    if (amount != null && !amount.isPositive()) {
      f.reject("amount", "must be positive");
      return null;
    }
    if (debtor == null || at == null || amount == null || promised == null) {
      return null;
    }
    return new PromiseToPay(debtor, at, amount, promised, invoices);
  }

  private static Dispute dispute(JsonObjectFields f, DebtorId debtor) {
    InvoiceId invoice = f.parsed("invoiceId", InvoiceId::of);
    LocalDate opened = f.date("opened");
    String reason = f.text("reason");
    LocalDate resolved = f.optionalDate("resolved");
    String note = f.optionalText("note");
    if (opened != null && resolved != null && resolved.isBefore(opened)) {
      f.reject("resolved", "is before the opening date " + opened);
      return null;
    }
    if (debtor == null || invoice == null || opened == null || reason == null) {
      return null;
    }
    return new Dispute(debtor, invoice, opened, reason, Optional.ofNullable(resolved), Optional.ofNullable(note));
  }

  private static PaymentPlan plan(JsonObjectFields f, DebtorId debtor) {
    LocalDate agreed = f.date("agreed");
    List<InvoiceId> invoices = f.list("invoices", InvoiceId::of);
    List<PaymentPlan.PlanInstallment> installments = new ArrayList<>();
    boolean ok = true;
    java.util.Currency currency = null;
    for (JsonObjectFields i : f.objects("installments")) {
      i.rejectUnknown(INSTALLMENT_FIELDS, "an installment");
      LocalDate due = i.date("dueDate");
      Money amount = i.money("amount", "currency");
      if (amount != null && !amount.isPositive()) {
        i.reject("amount", "must be positive");
        amount = null;
      }
      if (amount != null && currency != null && !amount.currency().equals(currency)) {
        i.reject("currency", "every installment of a plan must be in one currency: " + amount.currencyCode()
            + " after " + currency.getCurrencyCode());
        amount = null;
      }
      if (due == null || amount == null) {
        ok = false;
        continue;
      }
      currency = amount.currency();
      installments.add(new PaymentPlan.PlanInstallment(due, amount));
    }
    if (!ok || debtor == null || agreed == null || installments.isEmpty()) {
      return null;
    }
    return new PaymentPlan(debtor, agreed, invoices, installments);
  }

  private static OptOut optOut(JsonObjectFields f, DebtorId debtor) {
    OffsetDateTime at = f.dateTime("at");
    Channel channel = f.parsed("channel", Channel::parse);
    if (debtor == null || at == null || channel == null) {
      return null;
    }
    return new OptOut(debtor, at, channel);
  }

  private static Acknowledgement acknowledgement(JsonObjectFields f, DebtorId debtor) {
    LocalDate date = f.date("date");
    List<InvoiceId> invoices = f.list("invoices", InvoiceId::of);
    if (debtor == null || date == null) {
      return null;
    }
    return new Acknowledgement(debtor, date, invoices);
  }

  private static Note note(JsonObjectFields f, DebtorId debtor) {
    OffsetDateTime at = f.dateTime("at");
    String text = f.text("text");
    if (debtor == null || at == null || text == null) {
      return null;
    }
    return new Note(debtor, at, text);
  }

  // ------------------------------------------------------------------ writing

  /** Writes the events, one JSON object per line, each line ending with {@code \n}. The writer is not closed. */
  public static void write(Collection<? extends CaseEvent> events, Writer out) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(out, "out");
    try {
      for (CaseEvent e : events) {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        writeObject(e, g);
        g.flush();
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the events to a UTF-8 file, replacing it. */
  public static void write(Collection<? extends CaseEvent> events, Path path) {
    Objects.requireNonNull(path, "path");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(events, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  /** The event as one JSON object on one line (no newline), in the file format. */
  public static String toJson(CaseEvent event) {
    Objects.requireNonNull(event, "event");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writeObject(event, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the event as one JSON object with the generator (used by the Jackson module too). */
  static void writeObject(CaseEvent event, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", event.type());
    g.writeStringField("debtorId", event.debtorId().value());
    if (event instanceof Contact c) {
      g.writeStringField("at", DATE_TIME.format(c.at()));
      g.writeStringField("channel", c.channel().code());
      g.writeStringField("direction", c.direction().code());
      g.writeStringField("outcome", c.outcome().code());
      g.writeStringField("person", c.person());
      if (c.debt().isPresent()) {
        g.writeStringField("debt", c.debt().get());
      }
      invoices(g, c.invoices());
      if (c.note().isPresent()) {
        g.writeStringField("note", c.note().get());
      }
    } else if (event instanceof PromiseToPay p) {
      g.writeStringField("at", DATE_TIME.format(p.at()));
      g.writeStringField("amount", p.amount().toPlainString());
      g.writeStringField("currency", p.amount().currencyCode());
      g.writeStringField("promisedDate", p.promisedDate().toString());
      invoices(g, p.invoices());
    } else if (event instanceof Dispute d) {
      g.writeStringField("invoiceId", d.invoiceId().value());
      g.writeStringField("opened", d.opened().toString());
      g.writeStringField("reason", d.reason());
      if (d.resolved().isPresent()) {
        g.writeStringField("resolved", d.resolved().get().toString());
      } else {
        g.writeNullField("resolved");
      }
      if (d.note().isPresent()) {
        g.writeStringField("note", d.note().get());
      }
    } else if (event instanceof PaymentPlan p) {
      g.writeStringField("agreed", p.agreed().toString());
      invoices(g, p.invoices());
      g.writeArrayFieldStart("installments");
      for (PaymentPlan.PlanInstallment i : p.installments()) {
        g.writeStartObject();
        g.writeStringField("dueDate", i.dueDate().toString());
        g.writeStringField("amount", i.amount().toPlainString());
        g.writeStringField("currency", i.amount().currencyCode());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (event instanceof OptOut o) {
      g.writeStringField("at", DATE_TIME.format(o.at()));
      g.writeStringField("channel", o.channel().code());
    } else if (event instanceof Acknowledgement a) {
      g.writeStringField("date", a.date().toString());
      invoices(g, a.invoices());
    } else if (event instanceof Note n) {
      g.writeStringField("at", DATE_TIME.format(n.at()));
      g.writeStringField("text", n.text());
    }
    g.writeEndObject();
  }

  private static void invoices(JsonGenerator g, List<InvoiceId> invoices) throws IOException {
    if (invoices.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("invoices");
    for (InvoiceId id : invoices) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }
}
