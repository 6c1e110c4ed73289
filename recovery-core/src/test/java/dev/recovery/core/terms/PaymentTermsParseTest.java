package dev.recovery.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PaymentTermsParseTest {

  static Stream<Arguments> phrases() {
    PaymentTerms net30 = PaymentTerms.net(30);
    PaymentTerms eom45 = PaymentTerms.endOfMonth(45);
    PaymentTerms eomThenAdd45 = PaymentTerms.endOfMonth(45, EomMethod.EOM_THEN_ADD);
    PaymentTerms eom30on10 = PaymentTerms.endOfMonthOnDay(30, 10);
    PaymentTerms discount = PaymentTerms.net(30).withDiscount(new BigDecimal("2"), 10);
    PaymentTerms inst = PaymentTerms.installments(30, 60, 90);
    PaymentTerms instEom = PaymentTerms.installmentsEndOfMonth(EomMethod.ADD_THEN_EOM, 30, 60, 90);
    return Stream.of(
        // on receipt
        Arguments.of("à réception", PaymentTerms.onReceipt()),
        Arguments.of("a reception", PaymentTerms.onReceipt()),
        Arguments.of("A RÉCEPTION", PaymentTerms.onReceipt()),
        Arguments.of("comptant", PaymentTerms.onReceipt()),
        Arguments.of("on receipt", PaymentTerms.onReceipt()),
        Arguments.of("due on receipt", PaymentTerms.onReceipt()),
        Arguments.of("payable à réception", PaymentTerms.onReceipt()),
        Arguments.of("net 0", PaymentTerms.onReceipt()),
        // net
        Arguments.of("30 jours", net30),
        Arguments.of("30 jours net", net30),
        Arguments.of("net 30", net30),
        Arguments.of("Net 30", net30),
        Arguments.of("30 days", net30),
        Arguments.of("30 days net", net30),
        Arguments.of("30 j", net30),
        Arguments.of("30j", net30),
        Arguments.of("  30\tjours   net ", net30),
        Arguments.of("à 30 jours", net30),
        Arguments.of("net 30 days", net30),
        // add then end of month
        Arguments.of("45 jours fin de mois", eom45),
        Arguments.of("45 j FDM", eom45),
        Arguments.of("45 days end of month", eom45),
        Arguments.of("45 days EOM", eom45),
        Arguments.of("45 jours fin du mois", eom45),
        Arguments.of("45 JOURS FIN DE MOIS", eom45),
        // end of month then add
        Arguments.of("fin de mois + 45 jours", eomThenAdd45),
        Arguments.of("fin de mois 45 jours", eomThenAdd45),
        Arguments.of("end of month + 45 days", eomThenAdd45),
        Arguments.of("EOM+45", eomThenAdd45),
        Arguments.of("end of month", PaymentTerms.endOfMonth(0)),
        // end of month on a day
        Arguments.of("30 jours fin de mois le 10", eom30on10),
        Arguments.of("30 days end of month on the 10th", eom30on10),
        Arguments.of("30 days end of month on the 10", eom30on10),
        Arguments.of("30 jours fin de mois le 10 du mois suivant", eom30on10),
        Arguments.of("30 days EOM on the 10th of the following month", eom30on10),
        Arguments.of("fin de mois + 30 jours le 10", PaymentTerms.endOfMonthOnDay(30, 10, EomMethod.EOM_THEN_ADD)),
        // discount
        Arguments.of("2/10 net 30", discount),
        Arguments.of("2% 10 jours, net 30 jours", discount),
        Arguments.of("2 % 10 jours, 30 jours net", discount),
        Arguments.of("2% 10 days net 30 days", discount),
        Arguments.of("2/10, net 30", discount),
        Arguments.of("1.5/10 net 30", PaymentTerms.net(30).withDiscount(new BigDecimal("1.5"), 10)),
        Arguments.of("1,5% 10 jours, net 30 jours", PaymentTerms.net(30).withDiscount(new BigDecimal("1.50"), 10)),
        Arguments.of("2/10 45 days end of month", eom45.withDiscount(new BigDecimal("2"), 10)),
        // installments
        Arguments.of("30/60/90 jours", inst),
        Arguments.of("30/60/90 days", inst),
        Arguments.of("30 / 60 / 90 j", inst),
        Arguments.of("30/60/90 jours fin de mois", instEom),
        Arguments.of("30/60/90 days EOM", instEom),
        Arguments.of("end of month + 30/60/90 days",
            PaymentTerms.installmentsEndOfMonth(EomMethod.EOM_THEN_ADD, 30, 60, 90)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrases")
  void test_parse_everyPhrase(String text, PaymentTerms expected) {
    PaymentTerms parsed = PaymentTerms.parse(text);
    assertThat(parsed).isEqualTo(expected);
    assertThat(parsed.hashCode()).isEqualTo(expected.hashCode());
    assertThat(PaymentTerms.parse(parsed.toString())).isEqualTo(parsed);
    assertThat(PaymentTerms.parse(parsed.toFrench())).isEqualTo(parsed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "à réception | on receipt | à réception",
      "30 jours | net 30 | 30 jours net",
      "45 j FDM | 45 days end of month | 45 jours fin de mois",
      "fin de mois 45 jours | end of month + 45 days | fin de mois + 45 jours",
      "30 jours fin de mois le 10 | 30 days end of month on the 10th | 30 jours fin de mois le 10",
      "30 jours fin de mois le 1 | 30 days end of month on the 1st | 30 jours fin de mois le 1",
      "30 jours fin de mois le 22 | 30 days end of month on the 22nd | 30 jours fin de mois le 22",
      "30 jours fin de mois le 13 | 30 days end of month on the 13th | 30 jours fin de mois le 13",
      "2% 10 jours, net 30 jours | 2/10 net 30 | 2% 10 jours, net 30 jours",
      "1.5/10 net 30 | 1.5/10 net 30 | 1,5% 10 jours, net 30 jours",
      "30/60/90 jours | 30/60/90 days | 30/60/90 jours",
      "30/60/90 days EOM | 30/60/90 days end of month | 30/60/90 jours fin de mois",
      "fin de mois | end of month | fin de mois"})
  void test_toString_andToFrench_canonicalForms(String text, String english, String french) {
    PaymentTerms terms = PaymentTerms.parse(text);
    assertThat(terms.toString()).isEqualTo(english);
    assertThat(terms.toFrench()).isEqualTo(french);
  }

  @Test
  void test_withEomMethod_changesCanonicalForm() {
    PaymentTerms terms = PaymentTerms.parse("30 days end of month").withEomMethod(EomMethod.EOM_THEN_ADD);
    assertThat(terms.toString()).isEqualTo("end of month + 30 days");
    assertThat(terms.toFrench()).isEqualTo("fin de mois + 30 jours");
    assertThat(PaymentTerms.parse(terms.toString())).isEqualTo(terms);
    assertThat(PaymentTerms.parse("30 jours fin de mois", EomMethod.EOM_THEN_ADD)).isEqualTo(terms);
    // the explicit wording is EOM_THEN_ADD whatever the option
    assertThat(PaymentTerms.parse("fin de mois + 30 jours", EomMethod.ADD_THEN_EOM)).isEqualTo(terms);
    // no effect without end of month
    assertThat(PaymentTerms.net(30).withEomMethod(EomMethod.EOM_THEN_ADD)).isEqualTo(PaymentTerms.net(30));
  }

  @Test
  void test_accessors_describeTheShape() {
    PaymentTerms eom = PaymentTerms.parse("30 jours fin de mois le 10");
    assertThat(eom.kind()).isEqualTo(PaymentTermsKind.END_OF_MONTH_ON_DAY);
    assertThat(eom.days()).containsExactly(30);
    assertThat(eom.endOfMonth()).isTrue();
    assertThat(eom.dayOfMonth()).hasValue(10);
    assertThat(eom.eomMethod()).isEqualTo(EomMethod.ADD_THEN_EOM);
    assertThat(eom.discount()).isEmpty();
    assertThat(PaymentTerms.parse("comptant").kind()).isEqualTo(PaymentTermsKind.ON_RECEIPT);
    assertThat(PaymentTerms.parse("net 30").kind()).isEqualTo(PaymentTermsKind.NET);
    assertThat(PaymentTerms.parse("net 30").dayOfMonth()).isEmpty();
    assertThat(PaymentTerms.parse("45 j fdm").kind()).isEqualTo(PaymentTermsKind.END_OF_MONTH);
    PaymentTerms inst = PaymentTerms.parse("30/60/90 jours");
    assertThat(inst.kind()).isEqualTo(PaymentTermsKind.INSTALLMENTS);
    assertThat(inst.days()).containsExactly(30, 60, 90);
    assertThat(inst.maxDays()).isEqualTo(90);
    assertThat(inst.installmentCount()).isEqualTo(3);
    assertThat(PaymentTerms.parse("2/10 net 30").discount()).contains(EarlyPaymentDiscount.of("2", 10));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "30 jours fin de moiss | 16 | unexpected 'moiss' at position 16; expected 'mois'",
      "30 | 2 | unexpected end of text at position 2; expected '/' or 'jours' or 'days'",
      "30 semaines | 3 | unexpected 'semaines' at position 3; expected '/' or 'jours' or 'days'",
      "net | 3 | unexpected end of text at position 3; expected a number of days",
      "30 days end of month on the | 27 | expected a day of month",
      "30 jours fin de mois le 32 | 24 | day of month 32 at position 24 out of range; expected 1 to 31",
      "4000 jours | 0 | days 4000 at position 0 out of range; expected 0 to 3650",
      "30.5 jours | 0 | unexpected '30.5' at position 0; expected a whole number of days",
      "150/10 net 30 | 0 | discount percent 150 at position 0 is out of range",
      "30 jours net net | 13 | unexpected 'net' at position 13",
      "30 jours ; net | 9 | unexpected ';' at position 9",
      "bientôt | 0 | unexpected 'bientôt' at position 0",
      "end of the year | 7 | unexpected 'year' at position 11; expected 'month'"})
  void test_parse_errorsSayWhereAndWhat(String text, int index, String message) {
    assertThatThrownBy(() -> PaymentTerms.parse(text))
        .isInstanceOf(PaymentTermsParseException.class)
        .hasMessageStartingWith("cannot parse payment terms '" + text + "': ")
        .hasMessageContaining(message)
        .satisfies(e -> {
          PaymentTermsParseException p = (PaymentTermsParseException) e;
          assertThat(p.text()).isEqualTo(text);
          if (!text.startsWith("end of the")) {
            assertThat(p.index()).isEqualTo(index);
          }
        });
  }

  @Test
  void test_parse_exactMessageOfTheExample() {
    assertThatThrownBy(() -> PaymentTerms.parse("30 jours fin de moiss"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot parse payment terms '30 jours fin de moiss': unexpected 'moiss' at position 16; "
            + "expected 'mois'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2/30 net 30 | discount days (30) must be less than the terms' days (30)",
      "60/30 jours | strictly increasing",
      "2/10 30/60 days | single-installment",
      "|the text is empty"})
  void test_parse_validatesTheTerms(String text, String message) {
    String t = text == null ? "" : text;
    assertThatThrownBy(() -> PaymentTerms.parse(t))
        .isInstanceOf(PaymentTermsParseException.class)
        .hasMessageContaining(message);
  }
}
