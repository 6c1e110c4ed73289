package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name normalisation for payer identification. */
class PayerNamesTest {

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(delimiter = '|', value = {
      "Menuiserie Dubois SAS|MENUISERIE DUBOIS", "Transports Leroy & Fils, SA|TRANSPORTS LEROY FILS",
      "TRANSPORTS LEROY ET FILS|TRANSPORTS LEROY FILS", "Hartley & Sons Ltd|HARTLEY SONS",
      "HARTLEY AND SONS LIMITED|HARTLEY SONS", "Müller GmbH|MULLER", "Café de l'Étoile SARL|CAFE DE L ETOILE",
      "Hudson Valley Supplies, Inc.|HUDSON VALLEY SUPPLIES", "SARL|''"})
  void normalises(String name, String expected) {
    assertThat(PayerNames.normalise(name)).isEqualTo(expected);
  }
}
