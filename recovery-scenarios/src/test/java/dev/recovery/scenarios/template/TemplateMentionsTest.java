package dev.recovery.scenarios.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import dev.recovery.legal.letters.LetterCheck;
import dev.recovery.legal.letters.LetterKind;
import dev.recovery.legal.letters.LetterRules;
import dev.recovery.scenarios.run.PenaltyQuote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped French letters carry the mentions the law requires (C. com. L441-9 and L441-10: penalty
 * rate and the 40 EUR indemnity; formal notice wording), checked by the legal module's
 * {@code LetterRequirements}.
 */
class TemplateMentionsTest {

  static final PenaltyQuote QUOTE = new PenaltyQuote(Money.parse("EUR 37.45"), Money.parse("EUR 40.00"),
      Money.parse("EUR 77.45"), "12.15", List.of("C. com. L441-10"));

  static String render(Channel channel, String template) {
    return MessageRendererTest.RENDERER.render(MessageRendererTest.action(MessageRendererTest.FR, MessageRendererTest.F1,
        channel, template, Optional.of(QUOTE)), MessageRendererTest.FR, MessageRendererTest.LEDGER,
        CaseFile.empty(MessageRendererTest.FR.id())).text();
  }

  @Test
  void the_french_b2b_reminder_with_penalties_has_every_mandatory_mention() {
    LetterCheck check = LetterRules.france().requirements(DebtorType.BUSINESS, LetterKind.REMINDER)
        .validate(render(Channel.LETTER, "reminder-penalties"));
    assertThat(check.missing()).isEmpty();
    assertThat(check.forbiddenFound()).isEmpty();
    assertThat(check.valid()).isTrue();
  }

  @Test
  void the_french_b2b_formal_notice_has_every_mandatory_mention() {
    LetterCheck check = LetterRules.france().requirements(DebtorType.BUSINESS, LetterKind.FORMAL_NOTICE)
        .validate(render(Channel.REGISTERED_LETTER, "formal-notice"));
    assertThat(check.missing()).isEmpty();
    assertThat(check.valid()).isTrue();
  }

  @Test
  void a_plain_reminder_lacks_the_penalty_mentions_and_the_check_says_so() {
    LetterCheck check = LetterRules.france().requirements(DebtorType.BUSINESS, LetterKind.REMINDER)
        .validate(render(Channel.EMAIL, "reminder"));
    assertThat(check.valid()).isFalse();
    assertThat(check.missing()).isNotEmpty();
  }
}
