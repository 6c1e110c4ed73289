package dev.recovery.core.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Normalises payer and debtor names so that the name a bank reports ("TRANSPORTS LEROY ET FILS")
 * compares equal to the name in the books ("Transports Leroy &amp; Fils, SA").
 *
 * <p>Stateless and thread-safe. Normalising upper-cases, removes accents, splits on anything that is
 * not a letter or digit, and drops legal-form words (SA, SAS, SARL, EURL, GmbH, Ltd, Inc, ...) and
 * connectors (&amp;, ET, AND, UND).
 */
public final class PayerNames {

  private static final Set<String> DROPPED = Set.of(
      // legal forms: France, Belgium, Switzerland, Germany, Austria, UK, Ireland, US, Benelux, Italy, Spain
      "SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCI", "SCOP", "SCS", "SCA", "SEL", "SELARL", "EI", "EIRL",
      "GIE", "SPRL", "SRL", "BV", "BVBA", "NV", "VOF", "GMBH", "AG", "KG", "OHG", "UG", "EV", "LTD",
      "LIMITED", "PLC", "LLP", "LP", "LLC", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY",
      "SPA", "SL", "SLU", "SE",
      // connectors
      "ET", "AND", "UND", "E", "Y");

  private PayerNames() {}

  /**
   * The normalised name: upper-case ASCII words without accents, legal forms and connectors,
   * separated by one space ({@code "Menuiserie Dubois SAS"} gives {@code "MENUISERIE DUBOIS"}).
   * Empty when nothing distinctive remains.
   */
  public static String normalise(String name) {
    if (name == null) {
      return "";
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= name.length(); i++) {
      char f = i < name.length() ? Fold.fold(name.charAt(i)) : 0;
      if (f != 0) {
        word.append(f);
      } else if (word.length() > 0) {
        String w = word.toString();
        if (!DROPPED.contains(w)) {
          words.add(w);
        }
        word.setLength(0);
      }
    }
    return String.join(" ", words);
  }
}
