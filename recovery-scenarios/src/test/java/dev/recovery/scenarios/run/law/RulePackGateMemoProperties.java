package dev.recovery.scenarios.run.law;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.OptOut;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.legal.RulePacks;
import dev.recovery.scenarios.run.ContactProposal;
import dev.recovery.scenarios.run.GateVerdict;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The gate's memo changes nothing: over random proposals (countries, time zones, debtor types,
 * channels, instants, persons, messages, profiles) for many debtors, with empty and non-empty case
 * files, each verdict equals the one a gate without memo gives, reasons and texts included, however
 * the memo was filled by the debtors asked before.
 */
class RulePackGateMemoProperties {

  static final RulePacks PACKS = RulePacks.standard();
  static final String[][] PLACES = {{"FR", "Europe/Paris"}, {"GB", "Europe/London"}, {"US", "America/New_York"},
      {"US", "America/Los_Angeles"}, {"DE", "Europe/Berlin"}, {"FR", "Pacific/Noumea"}, {"ZZ", "Europe/Paris"}};
  static final String[] PERSONS = {"debtor", "Debtor ", "spouse", "employer", "attorney"};
  static final Optional<String>[] MESSAGES = messages();

  @SuppressWarnings("unchecked")
  static Optional<String>[] messages() {
    return new Optional[] {Optional.empty(), Optional.of("Please call us back"),
        Optional.of("Your invoice is overdue"), Optional.of("Votre facture est en retard")};
  }

  @Property(tries = 80)
  void memoised_verdicts_equal_direct_ones(@ForAll long seed) {
    Random random = new Random(seed);
    RulePackGate memoised = random.nextBoolean() ? RulePackGate.of(PACKS) : RulePackGate.of(PACKS, "fr-canvassing");
    RulePackGate direct = memoised.withoutMemo();
    LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
    for (int i = 0; i < 200; i++) {
      String[] place = PLACES[random.nextInt(PLACES.length)];
      DebtorType type = DebtorType.values()[random.nextInt(DebtorType.values().length)];
      Debtor debtor = Debtor.builder(DebtorId.of("D" + random.nextInt(50)), "Debtor").type(type).country(place[0])
          .timeZone(ZoneId.of(place[1])).build();
      Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
      ZonedDateTime at = day.plusDays(random.nextInt(3))
          .atTime(LocalTime.of(new int[] {9, 7, 21, 13, 20, 8}[random.nextInt(6)], random.nextInt(2) * 30))
          .atZone(debtor.timeZone());
      List<CaseEvent> events = new ArrayList<>();
      if (random.nextInt(4) == 0) {
        var when = at.minusDays(random.nextInt(10)).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        events.add(random.nextBoolean() ? new OptOut(debtor.id(), when, channel)
            : Contact.outbound(debtor.id(), when, Channel.PHONE, Contact.Outcome.values()[
                random.nextInt(Contact.Outcome.values().length)]));
      }
      CaseFile caseFile = CaseFile.of(debtor.id(), events);
      ContactProposal proposal = new ContactProposal(debtor, PERSONS[random.nextInt(PERSONS.length)], channel, at,
          random.nextInt(3) == 0 ? "DEBT-" + random.nextInt(3) : debtor.id().value(), "reminder",
          MESSAGES[random.nextInt(MESSAGES.length)]);
      GateVerdict expected = direct.check(proposal, caseFile);
      assertThat(memoised.check(proposal, caseFile)).isEqualTo(expected);
      assertThat(memoised.check(proposal, caseFile)).isEqualTo(expected);
    }
  }
}
