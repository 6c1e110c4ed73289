package dev.recovery.scenarios.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.casefile.Promises;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import dev.recovery.scenarios.run.PlannedAction;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the message or call script of a planned action with Mustache, in the debtor's language
 * (French or English; others fall back to English), amounts and dates formatted for the locale
 * ({@code "3 000,00 €"}, {@code "15 mars 2025"}). Plain text: nothing is HTML-escaped.
 *
 * <p>Thread-safe; compiled templates are cached per instance.
 */
public final class MessageRenderer {

  private final TemplateSource source;
  private final CreditorProfile creditor;
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
  private final DefaultMustacheFactory factory = new DefaultMustacheFactory() {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  private MessageRenderer(TemplateSource source, CreditorProfile creditor) {
    this.source = source;
    this.creditor = creditor;
  }

  /** A renderer of the built-in templates, signed by {@code creditor}. */
  public static MessageRenderer of(CreditorProfile creditor) {
    return of(ClasspathTemplates.defaults(), creditor);
  }

  /** A renderer of {@code source}'s templates (layer a host's own over the defaults with {@link TemplateSource#withFallback}). */
  public static MessageRenderer of(TemplateSource source, CreditorProfile creditor) {
    return new MessageRenderer(Objects.requireNonNull(source, "source"), Objects.requireNonNull(creditor, "creditor"));
  }

  /** The locale of a language code: {@code fr} is French (France), everything else English (UK). */
  public static Locale locale(String language) {
    return "fr".equals(language) ? Locale.FRANCE : Locale.UK;
  }

  /** An amount formatted for the language: {@code 3 000,00 €} in French, {@code €3,000.00} in English. */
  public static String format(Money money, String language) {
    NumberFormat f = NumberFormat.getCurrencyInstance(locale(language));
    f.setCurrency(money.currency());
    f.setMinimumFractionDigits(money.amount().scale());
    f.setMaximumFractionDigits(money.amount().scale());
    return f.format(money.amount());
  }

  /** A date formatted for the language: {@code 15 mars 2025}, {@code 15 March 2025}. */
  public static String format(LocalDate date, String language) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale(language)));
  }

  /**
   * Renders the action's template or script for the debtor, with the facts from the ledger and the
   * history from the case file.
   *
   * @throws IllegalArgumentException if the source has no such template in the language or in English
   */
  public RenderedMessage render(PlannedAction action, Debtor debtor, Ledger ledger, CaseFile caseFile) {
    return render(action, debtor, ledger, caseFile, dev.recovery.scenarios.scenario.Tone.STANDARD);
  }

  /**
   * Renders as {@link #render(PlannedAction, Debtor, Ledger, CaseFile)}, in the scenario's tone
   * (courteous openings for key accounts, firm deadlines for risky debtors).
   */
  public RenderedMessage render(PlannedAction action, Debtor debtor, Ledger ledger, CaseFile caseFile,
      dev.recovery.scenarios.scenario.Tone tone) {
    boolean script = action.channel().map(c -> c == dev.recovery.core.casefile.Channel.PHONE).orElse(false);
    TemplateSource.Kind kind = script ? TemplateSource.Kind.SCRIPT : TemplateSource.Kind.TEMPLATE;
    String language = action.language();
    Optional<String> text = source.find(kind, action.template(), language);
    if (text.isEmpty()) {
      language = "en";
      text = source.find(kind, action.template(), language);
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("no " + kind.name().toLowerCase(Locale.ROOT) + " '" + action.template()
          + "' in '" + action.language() + "' or 'en'");
    }
    String key = kind + "/" + language + "/" + action.template();
    String body = text.get();
    Mustache mustache = compiled.computeIfAbsent(key, k -> factory.compile(new StringReader(body), k));
    Map<String, Object> model = model(action, debtor, ledger, caseFile, language);
    model.put("courteous", tone == dev.recovery.scenarios.scenario.Tone.COURTEOUS);
    model.put("firm", tone == dev.recovery.scenarios.scenario.Tone.FIRM);
    StringWriter out = new StringWriter();
    mustache.execute(out, model);
    String rendered = out.toString();
    List<String> warnings = new ArrayList<>();
    if (action.channel().map(c -> c == dev.recovery.core.casefile.Channel.SMS).orElse(false)) {
      // no-break spaces of the French number format are not in GSM-7: plain spaces keep one segment
      String sms = rendered.strip().replace('\u202F', ' ').replace('\u00A0', ' ');
      int length = Gsm7.length(sms);
      if (length < 0) {
        warnings.add("the SMS has characters outside GSM-7: it will be sent as UCS-2 (70 characters per part), "
            + sms.length() + " characters");
      } else if (length > Gsm7.SINGLE_SMS) {
        warnings.add("the SMS is " + length + " GSM-7 characters, over the " + Gsm7.SINGLE_SMS + " of one message");
      }
      rendered = sms;
    }
    return new RenderedMessage(action.id(), action.template(), language, rendered, warnings);
  }

  private Map<String, Object> model(PlannedAction action, Debtor debtor, Ledger ledger, CaseFile caseFile,
      String language) {
    LocalDate asOf = action.asOf();
    Map<String, Object> m = new HashMap<>();
    m.put("debtorName", debtor.name());
    m.put("debtorPhone", debtor.phone().orElse("-"));
    m.put("creditorName", creditor.name());
    m.put("creditorPhone", creditor.phone());
    m.put("creditorAddress", creditor.address().orElse(""));
    creditor.iban().ifPresent(i -> m.put("iban", i));
    m.put("contactName", creditor.contactName().orElse(creditor.name()));
    m.put("today", format(asOf, language));
    m.put("total", format(action.amount(), language));
    m.put("single", action.invoices().size() == 1);
    m.put("invoiceCount", action.invoices().size());
    List<Map<String, Object>> invoices = new ArrayList<>();
    long maxLate = 0;
    LocalDate firstDue = null;
    Invoice first = null;
    for (InvoiceId id : action.invoices()) {
      Invoice invoice = ledger.invoice(id).orElseThrow(() -> new IllegalArgumentException("unknown invoice " + id));
      var items = ledger.openItems(invoice, asOf);
      LocalDate due = items.isEmpty() ? invoice.finalDueDate() : items.get(0).dueDate();
      long late = Math.max(0, ChronoUnit.DAYS.between(due, asOf));
      maxLate = Math.max(maxLate, late);
      if (firstDue == null || due.isBefore(firstDue)) {
        firstDue = due;
      }
      if (first == null) {
        first = invoice;
      }
      Map<String, Object> row = new HashMap<>();
      row.put("id", id.value());
      row.put("amount", format(ledger.openAmount(id, asOf), language));
      row.put("dueDate", format(due, language));
      row.put("daysLate", late);
      invoices.add(row);
    }
    m.put("invoices", invoices);
    m.put("maxDaysLate", maxLate);
    m.put("dueDate", firstDue == null ? "" : format(firstDue, language));
    m.put("terms", first == null ? "" : first.terms().toString());
    m.put("termsFrench", first == null ? "" : first.terms().toFrench());
    action.penalties().ifPresentOrElse(p -> {
      m.put("hasPenalties", true);
      m.put("penaltyRate", "fr".equals(language) ? p.annualRate().replace('.', ',') : p.annualRate());
      m.put("penaltyInterest", format(p.interest(), language));
      m.put("penaltyIndemnity", format(p.fixedCompensation(), language));
    }, () -> {
      m.put("hasPenalties", false);
      m.put("penaltyRate", "-");
      m.put("penaltyInterest", "-");
      m.put("penaltyIndemnity", "-");
    });
    List<Map<String, Object>> promises = new ArrayList<>();
    for (PromiseToPay p : caseFile.promises(asOf)) {
      promises.add(Map.of("date", format(p.date(), language), "amount", format(p.amount(), language),
          "promisedDate", format(p.promisedDate(), language),
          "status", Promises.status(p, ledger, asOf, 0).name().toLowerCase(Locale.ROOT)));
    }
    m.put("promises", promises);
    List<Map<String, Object>> disputes = new ArrayList<>();
    for (Dispute d : caseFile.disputes(asOf)) {
      disputes.add(Map.of("opened", format(d.opened(), language), "invoice", d.invoiceId().value(), "reason",
          d.reason(), "state", d.isOpen(asOf) ? ("fr".equals(language) ? "ouvert" : "open")
              : ("fr".equals(language) ? "résolu" : "resolved")));
    }
    m.put("disputes", disputes);
    List<Contact> contacts = caseFile.contacts(asOf);
    List<Map<String, Object>> recent = new ArrayList<>();
    for (int i = Math.max(0, contacts.size() - 5); i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      Map<String, Object> row = new HashMap<>();
      row.put("date", format(c.date(), language));
      row.put("channel", c.channel().code());
      row.put("outcome", c.outcome().code());
      c.note().ifPresent(n -> row.put("note", n));
      recent.add(row);
    }
    m.put("contacts", recent);
    return m;
  }
}
