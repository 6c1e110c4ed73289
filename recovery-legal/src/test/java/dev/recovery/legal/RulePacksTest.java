package dev.recovery.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import dev.recovery.legal.contact.ContactPolicy;
import dev.recovery.legal.contact.ContactPolicyConfig;
import dev.recovery.legal.contact.ContactRequest;
import dev.recovery.legal.interest.LatePaymentCalculator;
import dev.recovery.legal.interest.LatePaymentRequest;
import dev.recovery.legal.letters.LetterRules;
import dev.recovery.legal.limitation.LimitationRule;
import dev.recovery.legal.terms.TermCaps;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RulePacksTest {

  @ParameterizedTest
  @CsvSource({"FR, FR", "fr, FR", "GP, FR", "RE, FR", "GB, UK", "UK, UK", "DE, EU", "IT, EU", "EL, EU", "GR, EU",
      "US, US"})
  void forCountry(String country, String pack) {
    assertThat(RulePacks.standard().forCountry(country).id()).isEqualTo(JurisdictionId.of(pack));
  }

  @Test
  void unknownCountryOrIdIsAClearError() {
    assertThatThrownBy(() -> RulePacks.standard().forCountry("CH")).hasMessageContaining("CH");
    assertThatThrownBy(() -> RulePacks.standard().get("XX")).hasMessageContaining("XX").hasMessageContaining("FR");
    assertThatThrownBy(() -> RulePacks.standard().get("FR").gate("nope")).hasMessageContaining("fr-canvassing");
  }

  @Test
  void standardPacksWireTheRules() {
    RulePack fr = RulePacks.standard().get(JurisdictionId.FR);
    assertThat(fr.profiles()).containsExactly("fr-default", "fr-canvassing");
    assertThat(fr.gate().name()).isEqualTo("fr-default");
    assertThat(fr.latePayment().compute(LatePaymentRequest.paid(Money.of("EUR", "3000.00"), LocalDate.of(2024, 3, 15),
        LocalDate.of(2024, 4, 30))).total()).isEqualTo(Money.of("EUR", "94.82"));
    assertThat(fr.limitation().compute(LocalDate.of(2024, 3, 15), DebtorType.CONSUMER, CaseFile.empty(DebtorId.of("D")))
        .limitationDate()).contains(LocalDate.of(2026, 3, 15));
    assertThat(RulePacks.standard().get("US").gate().name()).isEqualTo("us-reg-f");
    assertThat(RulePacks.standard().ids()).extracting(JurisdictionId::value).containsExactly("FR", "EU", "UK", "US");
  }

  @Test
  void hostAddsItsOwnPackAndItWinsForItsCountry() {
    ContactPolicy de = ContactPolicy.standard(ContactPolicyConfig.euDefault().toBuilder().name("de-default").build());
    RulePack germany = RulePack.of(JurisdictionId.of("DE"), "Germany", LatePaymentCalculator.eu(
        dev.recovery.legal.rates.RateTables.standard()), TermCaps.eu(), LimitationRule.france(), LetterRules.eu(),
        Map.of("de-default", de));
    RulePacks packs = RulePacks.standard().with(germany);
    assertThat(packs.forCountry("DE").name()).isEqualTo("Germany");
    assertThat(packs.forCountry("AT").id()).isEqualTo(JurisdictionId.EU);
    assertThat(RulePacks.standard().forCountry("DE").id()).isEqualTo(JurisdictionId.EU);
    ContactRequest r = ContactRequest.of(DebtorId.of("D"), DebtorType.BUSINESS, ZoneId.of("Europe/Berlin"),
        Channel.PHONE, OffsetDateTime.parse("2025-05-06T10:00+02:00"));
    assertThat(packs.get("DE").gate().evaluate(r, CaseFile.empty(DebtorId.of("D"))).allowed()).isTrue();
  }

  @Test
  void jurisdictionIdRoundTrips() {
    assertThat(JurisdictionId.of(JurisdictionId.of(" fr ").toString())).isEqualTo(JurisdictionId.FR);
    assertThatThrownBy(() -> JurisdictionId.of("a b")).isInstanceOf(IllegalArgumentException.class);
  }
}
