package dev.recovery.core.io;

import static dev.recovery.core.io.InvoiceCsvReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.recovery.core.terms.PaymentTerms;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseEventJsonlTest {

  static final DebtorId D1 = DebtorId.of("D1");
  static final InvoiceId F1 = InvoiceId.of("F1");

  /** The seven lines of the format specification, verbatim. */
  static final List<String> SPEC = List.of(
      "{\"type\":\"contact\",\"debtorId\":\"D1\",\"at\":\"2024-03-01T10:00:00-05:00\",\"channel\":\"phone\","
          + "\"direction\":\"outbound\",\"outcome\":\"no_answer\",\"person\":\"debtor\",\"debt\":\"A\","
          + "\"invoices\":[\"F1\"],\"note\":\"...\"}",
      "{\"type\":\"promise\",\"debtorId\":\"D1\",\"at\":\"2025-03-10T11:00:00+01:00\",\"amount\":\"500.00\","
          + "\"currency\":\"EUR\",\"promisedDate\":\"2025-03-20\",\"invoices\":[\"F1\"]}",
      "{\"type\":\"dispute\",\"debtorId\":\"D1\",\"invoiceId\":\"F1\",\"opened\":\"2025-03-01\",\"reason\":\"dispute\","
          + "\"resolved\":null,\"note\":\"...\"}",
      "{\"type\":\"payment_plan\",\"debtorId\":\"D1\",\"agreed\":\"2025-03-01\",\"invoices\":[\"F1\"],"
          + "\"installments\":[{\"dueDate\":\"2025-04-01\",\"amount\":\"100.00\",\"currency\":\"EUR\"}]}",
      "{\"type\":\"opt_out\",\"debtorId\":\"D1\",\"at\":\"2025-03-01T09:00:00+01:00\",\"channel\":\"sms\"}",
      "{\"type\":\"acknowledgement\",\"debtorId\":\"D1\",\"date\":\"2024-01-15\",\"invoices\":[\"F1\"]}",
      "{\"type\":\"note\",\"debtorId\":\"D1\",\"at\":\"2025-03-01T09:00:00+01:00\",\"text\":\"...\"}");

  static final List<CaseEvent> SPEC_EVENTS = List.of(
      new Contact(D1, OffsetDateTime.parse("2024-03-01T10:00:00-05:00"), Channel.PHONE, Contact.Direction.OUTBOUND,
          Contact.Outcome.NO_ANSWER, "debtor", Optional.of("A"), List.of(F1), Optional.of("...")),
      new PromiseToPay(D1, OffsetDateTime.parse("2025-03-10T11:00:00+01:00"), Money.of("EUR", "500.00"),
          LocalDate.of(2025, 3, 20), List.of(F1)),
      new Dispute(D1, F1, LocalDate.of(2025, 3, 1), "dispute", Optional.empty(), Optional.of("...")),
      new PaymentPlan(D1, LocalDate.of(2025, 3, 1), List.of(F1),
          List.of(new PaymentPlan.PlanInstallment(LocalDate.of(2025, 4, 1), Money.of("EUR", "100.00")))),
      new OptOut(D1, OffsetDateTime.parse("2025-03-01T09:00:00+01:00"), Channel.SMS),
      new Acknowledgement(D1, LocalDate.of(2024, 1, 15), List.of(F1)),
      new Note(D1, OffsetDateTime.parse("2025-03-01T09:00:00+01:00"), "..."));

  @Test
  void reads_the_specification_lines_into_the_expected_events() {
    ImportResult<CaseEvent> r = CaseEventJsonl.read(new StringReader(String.join("\n", SPEC)), "events.jsonl");

    assertThat(r.failures()).isEmpty();
    assertThat(r.rows()).isEqualTo(SPEC_EVENTS);
  }

  @Test
  void writes_the_specification_lines_exactly() {
    StringWriter out = new StringWriter();
    CaseEventJsonl.write(SPEC_EVENTS, out);

    assertThat(out.toString()).isEqualTo(String.join("\n", SPEC) + "\n");
    assertThat(CaseEventJsonl.toJson(SPEC_EVENTS.get(6))).isEqualTo(SPEC.get(6));
  }

  @Test
  void write_then_read_gives_equal_events() {
    StringWriter out = new StringWriter();
    CaseEventJsonl.write(SPEC_EVENTS, out);

    assertThat(CaseEventJsonl.read(new StringReader(out.toString()), "x").rows()).isEqualTo(SPEC_EVENTS);
  }

  @Test
  void optional_fields_may_be_absent_and_utc_is_written_with_an_explicit_offset() {
    Contact bare = Contact.outbound(D1, OffsetDateTime.parse("2025-03-01T08:00Z"), Channel.EMAIL,
        Contact.Outcome.SENT);
    String json = CaseEventJsonl.toJson(bare);

    assertThat(json).isEqualTo("{\"type\":\"contact\",\"debtorId\":\"D1\",\"at\":\"2025-03-01T08:00:00+00:00\","
        + "\"channel\":\"email\",\"direction\":\"outbound\",\"outcome\":\"sent\",\"person\":\"debtor\"}");
    assertThat(CaseEventJsonl.parse(json)).isEqualTo(bare);
    assertThat(CaseEventJsonl.parse("{\"type\":\"dispute\",\"debtorId\":\"D1\",\"invoiceId\":\"F1\","
        + "\"opened\":\"2025-03-01\",\"reason\":\"cash\"}"))
        .isEqualTo(new Dispute(D1, F1, LocalDate.of(2025, 3, 1), "cash", Optional.empty(), Optional.empty()));
  }

  @Test
  void reports_every_bad_field_with_line_and_keeps_good_lines() {
    ImportResult<CaseEvent> r = CaseEventJsonl.read(resource("events-bad.jsonl"));
    String f = "events-bad.jsonl:";

    assertThat(r.rows()).hasSize(2);
    assertThat(r.rows().get(0)).isInstanceOf(Note.class);
    assertThat(r.rows().get(1)).isInstanceOf(Dispute.class);
    assertThat(r.lineOf(0)).isEqualTo(1);
    assertThat(r.lineOf(1)).isEqualTo(12);
    List<String> failures = r.failures().stream().map(Object::toString).toList();
    assertThat(failures).hasSize(16);
    assertThat(failures.get(0)).startsWith(f + "3: malformed JSON: Unexpected end-of-input");
    assertThat(failures.subList(1, 13)).containsExactly(
        f + "4: field 'type' (value 'fax'): unknown event type; expected one of contact, promise, dispute, "
            + "payment_plan, opt_out, acknowledgement, note",
        f + "5: field 'at' (value '2025-03-01T09:00:00'): not an ISO date-time with offset "
            + "(expected e.g. 2025-03-01T09:00:00+01:00)",
        f + "5: field 'channel' (value 'pigeon'): channel 'pigeon' is not one of phone, voicemail, email, sms, "
            + "whatsapp, letter, registered_letter",
        f + "5: field 'direction' (value 'sideways'): direction 'sideways' is not one of outbound, inbound",
        f + "5: field 'person': required field is missing",
        f + "6: field 'amount' (value '500.0'): must be a string",
        f + "6: field 'invoices' (value 'F1'): must be an array of strings",
        f + "7: field 'resolved' (value '2025-02-01'): is before the opening date 2025-03-01",
        f + "8: field 'installments[0].extra' (value '1'): unknown field for an installment; the known fields "
            + "are dueDate, amount, currency",
        f + "8: field 'installments[1].currency' (value 'GBP'): every installment of a plan must be in one "
            + "currency: GBP after EUR",
        f + "8: field 'installments[2].amount' (value '100.001'): has 3 decimals, more than the 2 of EUR",
        f + "9: malformed JSON: Duplicate field 'channel'");
    assertThat(failures.subList(13, 16)).containsExactly(
        f + "10: each line must be one JSON object, found array",
        f + "11: field 'debtorId' (value '  '): must not be blank",
        f + "11: field 'invoices[1]' (value ''): must be a non-blank string");
  }

  @Test
  void parse_throws_naming_the_field() {
    assertThatThrownBy(() -> CaseEventJsonl.parse("{\"type\":\"note\",\"debtorId\":\"D1\",\"text\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event:1: field 'at': required field is missing");
  }

  @Test
  void jackson_module_writes_money_ids_terms_and_events_as_strings_and_reads_them_back() throws Exception {
    ObjectMapper mapper = RecoveryJacksonModule.mapper();
    record Doc(Money total, InvoiceId invoice, PaymentTerms terms, LocalDate asOf, CaseEvent event) {}
    Doc doc = new Doc(Money.of("EUR", "3000.00"), F1, PaymentTerms.parse("45 jours fin de mois"),
        LocalDate.of(2025, 7, 15), SPEC_EVENTS.get(1));

    String json = mapper.writeValueAsString(doc);

    assertThat(json).isEqualTo("{\"total\":\"EUR 3000.00\",\"invoice\":\"F1\",\"terms\":\"45 days end of month\","
        + "\"asOf\":\"2025-07-15\",\"event\":" + SPEC.get(1) + "}");
    assertThat(mapper.readValue(json, Doc.class)).isEqualTo(doc);
    assertThatThrownBy(() -> mapper.readValue("\"EUR 1.001\"", Money.class))
        .hasMessageContaining("more than 2 decimal");
    assertThat(JsonMoney.amountText(Money.of("JPY", "1500"))).isEqualTo("1500");
    assertThat(JsonMoney.parse("12.5", "EUR")).isEqualTo(Money.of("EUR", "12.50"));
    assertThat(JsonMoney.fromText(JsonMoney.toText(Money.of("GBP", "7.00")))).isEqualTo(Money.of("GBP", "7.00"));
    assertThatThrownBy(() -> JsonMoney.parse("1,5", "EUR")).hasMessageStartingWith("amount '1,5' not a plain");
  }
}
