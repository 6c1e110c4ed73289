package dev.recovery.legal.contact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds words that reveal a debt in a message: whole words, ignoring case and accents, plus money amounts. */
final class MessageContent {

  private static final Pattern AMOUNT = Pattern.compile(
      "(?:[\\u20ac$\\u00a3]\\s?\\d[\\d\\s.,]*\\d|[\\u20ac$\\u00a3]\\s?\\d|\\d[\\d.,]*\\s?(?:\\u20ac|\\$|\\u00a3|eur|euros?|usd|gbp|dollars?|pounds?)(?![\\p{L}]))",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final List<Pattern> words = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();

  MessageContent(List<String> forbidden) {
    for (String w : forbidden) {
      String n = fold(w);
      words.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n).replace(" ", "\\E\\s+\\Q")
          + "(?![\\p{L}\\p{N}])"));
      labels.add(w);
    }
  }

  static String fold(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT);
  }

  /** The forbidden words and amounts found, in order of the list, without duplicates. */
  List<String> findings(String message) {
    String folded = fold(message);
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).matcher(folded).find()) {
        found.add(labels.get(i));
      }
    }
    Matcher m = AMOUNT.matcher(message);
    while (m.find()) {
      found.add("amount '" + m.group().strip() + "'");
    }
    return new ArrayList<>(found);
  }
}
