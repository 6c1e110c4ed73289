package dev.recovery.core.io;

import dev.recovery.core.money.Money;
import java.util.Objects;

/**
 * The JSON convention for amounts shared by every module: an amount is a JSON <em>string</em> holding
 * a plain decimal at the currency's scale ({@code "3000.00"}, {@code "150"} in JPY), never a JSON
 * number (which readers may turn into a binary floating-point value). Where the currency is not
 * implied it sits in a sibling {@code "currency"} field ({@code {"amount":"500.00","currency":"EUR"}});
 * as a single value, {@link RecoveryJacksonModule} writes {@code "EUR 500.00"}.
 */
public final class JsonMoney {

  private JsonMoney() {}

  /** The amount text of the JSON form: {@code "3000.00"} at the currency's scale. */
  public static String amountText(Money money) {
    return Objects.requireNonNull(money, "money").toPlainString();
  }

  /**
   * The money of an amount text and a currency code, as read from JSON; the amount may have fewer
   * decimals than the currency's scale but not more.
   *
   * @throws IllegalArgumentException naming the text and saying what is wrong
   */
  public static Money parse(String amountText, String currencyCode) {
    Objects.requireNonNull(amountText, "amountText");
    Objects.requireNonNull(currencyCode, "currencyCode");
    java.util.Currency currency = Money.currency(currencyCode);
    try {
      return Cells.amount(amountText.strip(), currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("amount '" + amountText + "' " + e.getMessage(), e);
    }
  }

  /** The single-string form {@code "EUR 3000.00"} ({@link Money#toString()}). */
  public static String toText(Money money) {
    return Objects.requireNonNull(money, "money").toString();
  }

  /** Reads the single-string form {@code "EUR 3000.00"} ({@link Money#parse(CharSequence)}). */
  public static Money fromText(String text) {
    return Money.parse(Objects.requireNonNull(text, "text"));
  }
}
