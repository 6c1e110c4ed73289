package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.io.CaseEventJsonl;
import dev.recovery.core.io.ImportResult;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.legal.RulePack;
import dev.recovery.legal.contact.ContactPolicy;
import dev.recovery.legal.contact.ContactRequest;
import dev.recovery.legal.contact.GateDecision;
import dev.recovery.legal.contact.RuleDecision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recovery check}: asks the compliance gate whether a proposed contact is allowed. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check a proposed contact against the contact policy (hours, frequency, third parties, content).")
public final class CheckCommand extends BaseCommand {

  @Option(names = "--jurisdiction", required = true, paramLabel = "FR|EU|UK|US", description = "The jurisdiction.")
  String jurisdiction;

  @Option(names = "--debtor-type", required = true, paramLabel = "TYPE", description = "consumer, business or public.")
  String debtorType;

  @Option(names = "--debtor-zone", required = true, paramLabel = "ZONE",
      description = "The debtor's time zone, such as Europe/Paris or America/New_York.")
  String debtorZone;

  @Option(names = "--channel", required = true, paramLabel = "CHANNEL",
      description = "phone, sms, email, voicemail, whatsapp, letter or registered_letter.")
  String channel;

  @Option(names = "--at", required = true, paramLabel = "DATE-TIME",
      description = "The instant, ISO date-time with offset, such as 2025-05-06T10:00+02:00.")
  String at;

  @Option(names = "--events", paramLabel = "FILE", description = "The case-file events (JSON Lines).")
  Path events;

  @Option(names = "--debtor-id", paramLabel = "ID",
      description = "The debtor in the events file (needed when it holds several debtors).")
  String debtorId;

  @Option(names = "--debt", paramLabel = "ID", description = "The debt the contact is about.")
  String debt;

  @Option(names = "--person", paramLabel = "ROLE", defaultValue = "debtor",
      description = "Who is contacted: debtor (default) or a third-party role (spouse, employer, ...).")
  String person;

  @Option(names = "--message", paramLabel = "TEXT", description = "The message text (voicemail, SMS, ...).")
  String message;

  @Option(names = "--profile", paramLabel = "NAME", description = "A contact profile, such as fr-canvassing.")
  String profile;

  @Override
  protected int execute() {
    RulePack pack = rulePackOption(jurisdiction);
    ContactPolicy policy = profile == null ? pack.gate()
        : option("--profile", profile, () -> pack.gate(profile));
    DebtorType type = debtorTypeOption(debtorType);
    ZoneId zone;
    try {
      zone = ZoneId.of(debtorZone.strip());
    } catch (java.time.DateTimeException e) {
      throw new CliInputException("option '--debtor-zone' (value '" + debtorZone + "'): not a time zone id such as "
          + "Europe/Paris: " + e.getMessage(), e);
    }
    Channel ch = option("--channel", channel, () -> Channel.parse(channel));
    OffsetDateTime instant;
    try {
      instant = OffsetDateTime.parse(at.strip());
    } catch (DateTimeParseException e) {
      throw new CliInputException("option '--at' (value '" + at + "'): expected an ISO date-time with offset such as "
          + "2025-05-06T10:00+02:00", e);
    }
    CaseFile file = caseFile(events, debtorId);
    ContactRequest request = option("--person", person,
        () -> new ContactRequest(file.debtorId(), type, zone, person, ch, instant, Optional.ofNullable(debt),
            Optional.ofNullable(message)));
    GateDecision d = policy.evaluate(request, file);
    if (json) {
      ObjectNode doc = object();
      doc.put("allowed", d.allowed());
      doc.put("profile", policy.name());
      ArrayNode list = doc.putArray("decisions");
      for (RuleDecision rd : d.decisions()) {
        ObjectNode n = list.addObject();
        n.put("rule", rd.rule());
        n.put("reference", rd.reference());
        n.put("outcome", rd.outcome().code());
        n.put("reason", rd.reason());
        if (rd.nextAllowedAt().isPresent()) {
          n.put("nextAllowedAt", rd.nextAllowedAt().get().toString());
        } else {
          n.putNull("nextAllowedAt");
        }
      }
      if (d.nextAllowedAt().isPresent()) {
        doc.put("nextAllowedAt", d.nextAllowedAt().get().toString());
      } else {
        doc.putNull("nextAllowedAt");
      }
      printJson(doc);
    } else {
      out().printf("%s: %s %s to %s at %s (%s)%n", d.allowed() ? "ALLOWED" : "BLOCKED", policy.name(), ch.code(),
          request.person(), instant, request.localTime().toLocalDateTime() + " " + zone);
      for (RuleDecision rd : d.decisions()) {
        out().printf("  %-5s %-18s %s [%s]%s%n", rd.outcome().code(), rd.rule(), rd.reason(), rd.reference(),
            rd.nextAllowedAt().map(n -> " next: " + n).orElse(""));
      }
      d.nextAllowedAt().ifPresent(n -> out().println("next allowed at " + n));
      out().flush();
    }
    return RecoveryCli.OK;
  }

  /**
   * The case file of one debtor from an events file ({@code --events}); an empty file of {@code debtorId} (or
   * "debtor") without one.
   */
  static CaseFile caseFile(Path events, String debtorId) {
    if (events == null) {
      return CaseFile.empty(DebtorId.of(debtorId == null ? "debtor" : debtorId));
    }
    if (!Files.isRegularFile(events)) {
      throw new CliInputException("option '--events': file " + events + " not found");
    }
    ImportResult<CaseEvent> read = CaseEventJsonl.read(events);
    if (!read.isClean()) {
      throw new CliInputException("option '--events': " + read.failureReport().strip());
    }
    List<CaseEvent> rows = read.rows();
    DebtorId id;
    if (debtorId != null) {
      id = option("--debtor-id", debtorId, () -> DebtorId.of(debtorId));
    } else {
      Set<DebtorId> ids = new LinkedHashSet<>();
      rows.forEach(e -> ids.add(e.debtorId()));
      if (ids.size() > 1) {
        throw new CliInputException("option '--debtor-id': the events file " + events + " holds " + ids.size()
            + " debtors " + ids + "; say which one");
      }
      id = ids.isEmpty() ? DebtorId.of("debtor") : ids.iterator().next();
    }
    DebtorId debtor = id;
    return CaseFile.of(debtor, rows.stream().filter(e -> e.debtorId().equals(debtor)).toList());
  }
}
