package dev.recovery.scenarios.template;

/**
 * Length of a text in the GSM 03.38 7-bit alphabet used by SMS: basic characters count one, those of
 * the extension table ({@code € [ ] { } \ ^ ~ |} and form feed) count two; -1 when a character is
 * outside the alphabet (the SMS would then be sent in UCS-2, 70 characters per part).
 */
public final class Gsm7 {

  private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
      + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String EXTENSION = "\f^{}\\[~]|€";

  /** The maximum length of a single SMS in GSM-7. */
  public static final int SINGLE_SMS = 160;

  private Gsm7() {}

  /** The GSM-7 length of {@code text}, or -1 if it has a character outside the alphabet. */
  public static int length(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (BASIC.indexOf(c) >= 0) {
        n++;
      } else if (EXTENSION.indexOf(c) >= 0) {
        n += 2;
      } else {
        return -1;
      }
    }
    return n;
  }
}
