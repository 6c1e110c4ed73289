package dev.recovery.core.reconcile;

import java.text.Normalizer;

/**
 * Folds characters for matching: letters to upper-case ASCII without accents, digits kept, anything
 * else to 0. A constant table for U+0000..U+024F keeps hot paths free of regex and allocation.
 */
final class Fold {

  private static final char[] TABLE = build();

  private Fold() {}

  /** The folded character: 'A'..'Z', '0'..'9', another upper-case letter outside Latin, or 0. */
  static char fold(char c) {
    if (c < TABLE.length) {
      return TABLE[c];
    }
    if (Character.isLetterOrDigit(c)) {
      return Character.toUpperCase(c);
    }
    return 0;
  }

  /** Whether the folded character is a digit. */
  static boolean isDigit(char folded) {
    return folded >= '0' && folded <= '9';
  }

  private static char[] build() {
    char[] t = new char[0x250];
    for (char c = 0; c < t.length; c++) {
      if (c >= '0' && c <= '9') {
        t[c] = c;
      } else if (c >= 'A' && c <= 'Z') {
        t[c] = c;
      } else if (c >= 'a' && c <= 'z') {
        t[c] = (char) (c - 'a' + 'A');
      } else if (c >= 0xC0 && Character.isLetter(c)) {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char b = base.charAt(0);
        if (b >= 'a' && b <= 'z') {
          t[c] = (char) (b - 'a' + 'A');
        } else if (b >= 'A' && b <= 'Z') {
          t[c] = b;
        } else if (c == 'ß') {
          t[c] = 'S';
        } else if (c == 'Ø' || c == 'ø') {
          t[c] = 'O';
        } else if (c == 'Æ' || c == 'æ') {
          t[c] = 'A';
        } else if (c == 'Œ' || c == 'œ') {
          t[c] = 'O';
        } else {
          t[c] = Character.toUpperCase(c);
        }
      }
    }
    return t;
  }
}
