package dev.recovery.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.Acknowledgement;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.Note;
import dev.recovery.core.casefile.OptOut;
import dev.recovery.core.casefile.PaymentPlan;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.InvoiceKind;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round-trip properties of the readers and writers: what is written reads back equal. */
class IoProperties {

  static final List<String> TERMS = List.of("net 30", "30 jours fin de mois", "45 days end of month", "2/10 net 30",
      "30/60/90 jours", "à réception", "60 jours net", "fin de mois + 45 jours", "30 jours fin de mois le 10");
  static final List<String> CURRENCIES = List.of("EUR", "GBP", "USD", "JPY");

  // ------------------------------------------------------------------ properties

  @Property(tries = 200)
  void events_write_then_read_is_identity(@ForAll("events") List<CaseEvent> events) {
    StringWriter out = new StringWriter();
    CaseEventJsonl.write(events, out);

    ImportResult<CaseEvent> back = CaseEventJsonl.read(new StringReader(out.toString()), "events.jsonl");

    assertThat(back.failures()).isEmpty();
    assertThat(back.rows()).isEqualTo(events);
    assertThat(out.toString().lines()).hasSize(events.size());
  }

  @Property(tries = 40)
  void portfolio_write_then_load_is_identity(@ForAll("portfolios") Portfolio portfolio) throws IOException {
    Path dir = Files.createTempDirectory("portfolio");
    try {
      PortfolioWriter.write(portfolio, dir);
      PortfolioLoad load = PortfolioLoader.load(dir);

      assertThat(load.failureReport()).isEmpty();
      assertThat(load.portfolio()).isEqualTo(portfolio);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  @Property(tries = 100)
  void invoices_csv_round_trips_in_memory_with_either_separator(@ForAll("portfolios") Portfolio portfolio)
      throws IOException {
    StringWriter out = new StringWriter();
    PortfolioWriter.writeInvoices(portfolio.invoices(), out);
    String comma = out.toString();
    ImportResult<Invoice> read = InvoiceCsvReader.read(new StringReader(comma), "invoices.csv");
    assertThat(read.failures()).isEmpty();
    assertThat(read.rows()).isEqualTo(portfolio.invoices());

    StringWriter semi = new StringWriter();
    org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(semi,
        org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').get());
    for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.parse(new StringReader(comma))) {
      printer.printRecord(r.toList());
    }
    printer.flush();
    ImportResult<Invoice> readSemi = InvoiceCsvReader.read(new StringReader(semi.toString()), "invoices.csv");
    assertThat(readSemi.failures()).isEmpty();
    assertThat(readSemi.rows()).isEqualTo(portfolio.invoices());
  }

  /** Oracle: the regex-free amount parser agrees with BigDecimal and Money.of on every decimal text. */
  @Property
  void amount_parser_agrees_with_big_decimal(@ForAll("decimalTexts") String text, @ForAll("currencies") String code) {
    java.util.Currency currency = Money.currency(code);
    Money expected;
    try {
      expected = Money.of(currency, new BigDecimal(text));
    } catch (IllegalArgumentException e) {
      expected = null;
    }
    Money actual;
    try {
      actual = Cells.amount(text, currency);
    } catch (IllegalArgumentException e) {
      actual = null;
    }
    assertThat(actual).isEqualTo(expected);
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of(CURRENCIES);
  }

  @Provide
  Arbitrary<String> decimalTexts() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> decimals = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(5);
    return Combinators.combine(Arbitraries.of("", "-", "+"), digits, Arbitraries.of(true, false), decimals)
        .as((sign, i, dot, d) -> sign + i + (dot ? "." + d : ""));
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 30).map(n -> LocalDate.of(2000, 1, 1).plusDays(n));
  }

  static Arbitrary<OffsetDateTime> dateTimes() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 86_399),
        Arbitraries.integers().between(-12 * 4, 14 * 4), Arbitraries.of(0, 0, 0, 123_000_000, 5))
        .as((d, s, q, nanos) -> OffsetDateTime.of(d.atStartOfDay().plusSeconds(s).plusNanos(nanos),
            ZoneOffset.ofTotalSeconds(q * 15 * 60)));
  }

  static Arbitrary<String> ids(String prefix) {
    return Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('-', '_', '/').ofMinLength(1)
        .ofMaxLength(6).map(s -> prefix + s);
  }

  /** Free text with separators, quotes, accents and line breaks; never blank, never padded. */
  static Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab é,;\"'|\n\t{}[]:\\€").ofMinLength(1).ofMaxLength(14)
        .map(String::strip).filter(s -> !s.isEmpty());
  }

  static Arbitrary<Money> money() {
    return Combinators.combine(Arbitraries.of(CURRENCIES), Arbitraries.longs().between(1, 1_000_000_000L))
        .as((c, minor) -> Money.ofMinor(Money.currency(c), minor));
  }

  static Arbitrary<List<InvoiceId>> invoiceIds(List<InvoiceId> pool) {
    if (pool.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    return Arbitraries.of(pool).list().ofMaxSize(3);
  }

  static Arbitrary<CaseEvent> event(DebtorId debtor, List<InvoiceId> invoices) {
    Arbitrary<Optional<String>> optionalText = texts().optional();
    Arbitrary<CaseEvent> contact = Combinators.combine(dateTimes(), Arbitraries.of(Channel.class),
        Arbitraries.of(Contact.Direction.class), Arbitraries.of(Contact.Outcome.class),
        Arbitraries.of("debtor", "spouse", "employer", "attorney"), ids("").optional(), invoiceIds(invoices),
        optionalText)
        .as((at, ch, dir, out, person, debt, inv, note) -> new Contact(debtor, at, ch, dir, out, person, debt, inv,
            note));
    Arbitrary<CaseEvent> promise = Combinators.combine(dateTimes(), money(), dates(), invoiceIds(invoices))
        .as((at, m, d, inv) -> new PromiseToPay(debtor, at, m, d, inv));
    Arbitrary<CaseEvent> note = Combinators.combine(dateTimes(), texts()).as((at, t) -> new Note(debtor, at, t));
    Arbitrary<CaseEvent> optOut = Combinators.combine(dateTimes(), Arbitraries.of(Channel.class))
        .as((at, ch) -> new OptOut(debtor, at, ch));
    Arbitrary<CaseEvent> ack = Combinators.combine(dates(), invoiceIds(invoices))
        .as((d, inv) -> new Acknowledgement(debtor, d, inv));
    Arbitrary<CaseEvent> plan = Combinators.combine(dates(), invoiceIds(invoices), Arbitraries.of(CURRENCIES),
        Arbitraries.longs().between(1, 100_000_000L).list().ofMinSize(1).ofMaxSize(4))
        .as((d, inv, c, amounts) -> {
          List<PaymentPlan.PlanInstallment> installments = new ArrayList<>();
          for (int i = 0; i < amounts.size(); i++) {
            installments.add(new PaymentPlan.PlanInstallment(d.plusMonths(i + 1L),
                Money.ofMinor(Money.currency(c), amounts.get(i))));
          }
          return new PaymentPlan(debtor, d, inv, installments);
        });
    List<Arbitrary<CaseEvent>> kinds = new ArrayList<>(List.of(contact, promise, note, optOut, ack, plan));
    if (!invoices.isEmpty()) {
      kinds.add(Combinators.combine(Arbitraries.of(invoices), dates(), Arbitraries.of("dispute", "cash",
              "negligence", "bad_faith", "livraison incomplète"), Arbitraries.integers().between(0, 90).optional(),
              optionalText)
          .as((inv, opened, reason, days, n) -> new Dispute(debtor, inv, opened, reason,
              days.map(opened::plusDays), n)));
    }
    return Arbitraries.oneOf(kinds);
  }

  @Provide
  Arbitrary<List<CaseEvent>> events() {
    return ids("D").flatMap(d -> ids("F").list().ofMaxSize(3).flatMap(inv ->
        event(DebtorId.of(d), inv.stream().map(InvoiceId::of).toList()).list().ofMaxSize(8)));
  }

  static Arbitrary<Debtor> debtor(String id) {
    Arbitrary<String> iban = Combinators.combine(Arbitraries.of("FR", "GB", "DE"),
        Arbitraries.integers().between(10, 99),
        Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(11).ofMaxLength(20))
        .as((c, k, b) -> c + k + b);
    return Combinators.combine(texts(), Arbitraries.of(DebtorType.class),
        Arbitraries.of("FR", "GB", "US", "DE"), Arbitraries.of("Europe/Paris", "Europe/London", "America/New_York"),
        Arbitraries.of("fr", "en"), Arbitraries.of("a@b.fr", "compta@exemple.fr").optional(),
        Arbitraries.of("+33 1 42 00 11 22", "555-0199").optional(), dates().optional())
        .flatAs((name, type, country, zone, lang, email, phone, since) -> Combinators.combine(
            Arbitraries.of("key_account", "public", "risky").optional(), iban.list().ofMaxSize(2))
            .as((segment, ibans) -> Debtor.builder(DebtorId.of(id), name).type(type).country(country)
                .timeZone(ZoneId.of(zone)).language(lang).email(email.orElse(null)).phone(phone.orElse(null))
                .customerSince(since.orElse(null)).segment(segment.orElse(null)).ibans(ibans).build()));
  }

  static Arbitrary<Invoice> invoice(String id, DebtorId debtor) {
    return Combinators.combine(dates(), Arbitraries.of(TERMS), money(),
        Arbitraries.integers().between(0, 120).optional(), texts().optional(), Arbitraries.of(InvoiceKind.class))
        .as((issue, terms, amount, due, ref, kind) -> new Invoice(InvoiceId.of(id), debtor, issue,
            PaymentTerms.parse(terms), amount, due.map(issue::plusDays), ref, kind));
  }

  static Arbitrary<Payment> payment(String id, List<DebtorId> debtors) {
    return Combinators.combine(dates(), money(), Arbitraries.of(debtors).optional(), texts().optional(),
        texts().optional(), Arbitraries.of("FR7630006000011234567890189", "GB29NWBK60161331926819").optional())
        .as((d, m, debtor, rem, name, iban) -> new Payment(PaymentId.of(id), d, m, debtor, rem, name, iban));
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return Arbitraries.integers().between(1, 4).flatMap(nd -> Arbitraries.integers().between(0, 6).flatMap(ni -> {
      List<Arbitrary<Debtor>> debtors = new ArrayList<>();
      for (int i = 0; i < nd; i++) {
        debtors.add(debtor("D-" + i));
      }
      List<Arbitrary<Invoice>> invoices = new ArrayList<>();
      for (int i = 0; i < ni; i++) {
        invoices.add(invoice("F-" + i, DebtorId.of("D-" + (i % nd))));
      }
      List<DebtorId> debtorIds = new ArrayList<>();
      for (int i = 0; i < nd; i++) {
        debtorIds.add(DebtorId.of("D-" + i));
      }
      Arbitrary<List<Payment>> payments = Arbitraries.integers().between(0, 3).flatMap(np -> {
        List<Arbitrary<Payment>> ps = new ArrayList<>();
        for (int i = 0; i < np; i++) {
          ps.add(payment("P-" + i, debtorIds));
        }
        return Combinators.combine(ps).as(list -> list);
      });
      Arbitrary<List<CaseEvent>> events = Arbitraries.integers().between(0, nd - 1).flatMap(k -> {
        DebtorId d = DebtorId.of("D-" + k);
        List<InvoiceId> own = new ArrayList<>();
        for (int i = k; i < ni; i += nd) {
          own.add(InvoiceId.of("F-" + i));
        }
        return event(d, own).list().ofMaxSize(4);
      });
      return Combinators.combine(Combinators.combine(debtors).as(l -> l), Combinators.combine(invoices).as(l -> l),
          payments, events).as(Portfolio::of);
    }));
  }
}
