package dev.recovery.core.terms;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-written tokenizer and recursive-descent parser for payment terms wording.
 *
 * <p>Not thread-safe: one instance per parse. Positions refer to the original text: accents are
 * removed one character at a time, so indices do not shift.
 */
final class PaymentTermsParser {

  /** What the text says, before validation by {@link PaymentTerms}. */
  record Result(int[] days, boolean endOfMonth, EomMethod method, int dayOfMonth, EarlyPaymentDiscount discount) { }

  private enum Type { NUMBER, WORD, SYMBOL }

  private record Token(Type type, String text, int start, boolean ordinal) { }

  private static final String[] UNITS = {"jours", "jour", "j", "days", "day", "d"};
  private static final String[] ORDINAL_SUFFIXES = {"st", "nd", "rd", "th", "er", "eme", "e"};

  private final String original;
  private final EomMethod ambiguousEom;
  private final List<Token> tokens;
  private int pos;
  private final Set<String> expected = new LinkedHashSet<>();

  PaymentTermsParser(String text, EomMethod ambiguousEom) {
    this.original = text;
    this.ambiguousEom = ambiguousEom;
    this.tokens = tokenize(text);
  }

  private List<Token> tokenize(String text) {
    char[] s = new char[text.length()];
    for (int i = 0; i < s.length; i++) {
      char c = text.charAt(i);
      if (c > 127) {
        if (Character.isSpaceChar(c)) {
          c = ' ';
        } else {
          String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
          c = n.charAt(0);
        }
      }
      s[i] = Character.toLowerCase(c);
    }
    List<Token> list = new ArrayList<>();
    int i = 0;
    while (i < s.length) {
      char c = s[i];
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c >= '0' && c <= '9') {
        int start = i;
        while (i < s.length && s[i] >= '0' && s[i] <= '9') {
          i++;
        }
        if (i + 1 < s.length && (s[i] == '.' || s[i] == ',') && s[i + 1] >= '0' && s[i + 1] <= '9') {
          i++;
          while (i < s.length && s[i] >= '0' && s[i] <= '9') {
            i++;
          }
        }
        String number = new String(s, start, i - start).replace(',', '.');
        int end = i;
        while (end < s.length && Character.isLetter(s[end])) {
          end++;
        }
        boolean ordinal = false;
        if (end > i) {
          String suffix = new String(s, i, end - i);
          for (String o : ORDINAL_SUFFIXES) {
            if (o.equals(suffix)) {
              ordinal = true;
              i = end;
              break;
            }
          }
        }
        list.add(new Token(Type.NUMBER, number, start, ordinal));
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < s.length && Character.isLetter(s[i])) {
          i++;
        }
        list.add(new Token(Type.WORD, new String(s, start, i - start), start, false));
      } else if (c == '/' || c == '%' || c == '+' || c == ',') {
        list.add(new Token(Type.SYMBOL, String.valueOf(c), i, false));
        i++;
      } else {
        throw new PaymentTermsParseException(original, i, "unexpected '" + text.charAt(i) + "' at position " + i
            + "; expected a number, a word or one of / % + ,");
      }
    }
    return list;
  }

  Result parse() {
    if (tokens.isEmpty()) {
      throw new PaymentTermsParseException(original, 0, "the text is empty; expected terms such as "
          + "'30 jours', 'net 30', '45 jours fin de mois' or 'à réception'");
    }
    acceptWord("payable", "paiement", "payment", "reglement", "terms", "conditions");
    acceptWord("due");
    if (acceptWord("comptant", "reception", "receipt", "immediate", "immediat", "cash")) {
      return receipt();
    }
    if (peekWordThen(new String[] {"a", "on", "upon", "des"}, "reception", "receipt")) {
      pos += 2;
      expected.clear();
      return receipt();
    }
    EarlyPaymentDiscount discount = null;
    if (peekNumber() && peekSymbolAt(pos + 1, "%")) {
      discount = percentDiscount();
    } else if (peekNumber() && peekSymbolAt(pos + 1, "/") && peekNumberAt(pos + 2)
        && !peekSymbolAt(pos + 3, "/") && !isUnit(pos + 3)) {
      Token percent = next();
      next();
      Token days = next();
      discount = discount(percent, days);
      expected.clear();
    }
    if (discount != null) {
      acceptSymbol(",");
    }
    Result base = body();
    expectEnd();
    return new Result(base.days(), base.endOfMonth(), base.method(), base.dayOfMonth(), discount);
  }

  private Result receipt() {
    expectEnd();
    return new Result(new int[] {0}, false, EomMethod.ADD_THEN_EOM, 0, null);
  }

  private EarlyPaymentDiscount percentDiscount() {
    Token percent = next();
    next(); // %
    acceptSymbol("/");
    Token days = expectNumber("a number of days for the discount");
    acceptUnit();
    return discount(percent, days);
  }

  private EarlyPaymentDiscount discount(Token percent, Token days) {
    BigDecimal p = new BigDecimal(percent.text());
    if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new PaymentTermsParseException(original, percent.start(), "discount percent " + percent.text()
          + " at position " + percent.start() + " is out of range; expected more than 0 and less than 100");
    }
    return new EarlyPaymentDiscount(p, days(days));
  }

  private Result body() {
    acceptWord("a");
    boolean net = acceptWord("net", "nets");
    if (!net && acceptEom()) {
      // "fin de mois + 45 jours", "fin de mois 45 jours", or just "fin de mois"
      boolean plus = acceptSymbol("+");
      if (plus || peekNumber()) {
        int[] days = dayList();
        acceptUnit();
        int dom = dayClause();
        return new Result(days, true, EomMethod.EOM_THEN_ADD, dom, null);
      }
      int dom = dayClause();
      return new Result(new int[] {0}, true, EomMethod.ADD_THEN_EOM, dom, null);
    }
    if (!peekNumber()) {
      if (!net) {
        expected.add("'fin de mois'");
        expected.add("'end of month'");
        expected.add("'à réception'");
        expected.add("'on receipt'");
      }
      expected.add("a number of days");
      throw fail();
    }
    int[] days = dayList();
    if (net) {
      acceptUnit();
    } else {
      expectUnit();
    }
    acceptWord("net", "nets");
    if (acceptEom()) {
      int dom = dayClause();
      return new Result(days, true, ambiguousEom, dom, null);
    }
    return new Result(days, false, EomMethod.ADD_THEN_EOM, 0, null);
  }

  private int[] dayList() {
    List<Integer> list = new ArrayList<>();
    list.add(days(expectNumber("a number of days")));
    while (acceptSymbol("/")) {
      list.add(days(expectNumber("a number of days")));
    }
    int[] result = new int[list.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = list.get(i);
    }
    return result;
  }

  private int days(Token t) {
    if (t.text().contains(".")) {
      throw new PaymentTermsParseException(original, t.start(), "unexpected '" + t.text() + "' at position "
          + t.start() + "; expected a whole number of days");
    }
    BigDecimal v = new BigDecimal(t.text());
    if (v.compareTo(BigDecimal.valueOf(PaymentTerms.MAX_DAYS)) > 0) {
      throw new PaymentTermsParseException(original, t.start(), "days " + t.text() + " at position " + t.start()
          + " out of range; expected 0 to " + PaymentTerms.MAX_DAYS);
    }
    return v.intValueExact();
  }

  private boolean acceptEom() {
    if (acceptWord("fdm", "eom")) {
      return true;
    }
    if (acceptWord("fin")) {
      acceptWord("de", "du");
      expectWord("mois");
      return true;
    }
    if (acceptWord("end")) {
      expectWord("of");
      acceptWord("the");
      expectWord("month");
      return true;
    }
    return false;
  }

  /** "le 10", "le 10 du mois suivant", "on the 10th", "on the 10th of the following month"; 0 if absent. */
  private int dayClause() {
    Token day;
    if (acceptWord("le")) {
      day = expectNumber("a day of month");
      if (acceptWord("du")) {
        expectWord("mois");
        expectWord("suivant");
      }
    } else if (acceptWord("on", "the")) {
      acceptWord("the");
      day = expectNumber("a day of month");
      if (acceptWord("of")) {
        expectWord("the");
        expectWord("following", "next");
        expectWord("month");
      }
    } else {
      return 0;
    }
    int d;
    try {
      d = new BigDecimal(day.text()).intValueExact();
    } catch (ArithmeticException e) {
      d = -1;
    }
    if (d < 1 || d > 31) {
      throw new PaymentTermsParseException(original, day.start(), "day of month " + day.text() + " at position "
          + day.start() + " out of range; expected 1 to 31");
    }
    return d;
  }

  // ---------------------------------------------------------------- token helpers

  private boolean atEnd() {
    return pos >= tokens.size();
  }

  private Token next() {
    return tokens.get(pos++);
  }

  private boolean peekNumber() {
    return peekNumberAt(pos);
  }

  private boolean peekNumberAt(int i) {
    return i < tokens.size() && tokens.get(i).type() == Type.NUMBER;
  }

  private boolean peekSymbolAt(int i, String symbol) {
    return i < tokens.size() && tokens.get(i).type() == Type.SYMBOL && tokens.get(i).text().equals(symbol);
  }

  private boolean isWordAt(int i, String... words) {
    if (i >= tokens.size() || tokens.get(i).type() != Type.WORD) {
      return false;
    }
    for (String w : words) {
      if (w.equals(tokens.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean isUnit(int i) {
    return isWordAt(i, UNITS);
  }

  private boolean peekWordThen(String[] first, String... second) {
    return isWordAt(pos, first) && isWordAt(pos + 1, second);
  }

  private boolean acceptWord(String... words) {
    if (isWordAt(pos, words)) {
      pos++;
      expected.clear();
      return true;
    }
    for (String w : words) {
      expected.add("'" + w + "'");
    }
    return false;
  }

  private void expectWord(String... words) {
    if (!acceptWord(words)) {
      throw fail();
    }
  }

  private boolean acceptSymbol(String symbol) {
    if (peekSymbolAt(pos, symbol)) {
      pos++;
      expected.clear();
      return true;
    }
    expected.add("'" + symbol + "'");
    return false;
  }

  private boolean acceptUnit() {
    if (isUnit(pos)) {
      pos++;
      expected.clear();
      return true;
    }
    expected.add("'jours'");
    expected.add("'days'");
    return false;
  }

  private void expectUnit() {
    if (!acceptUnit()) {
      throw fail();
    }
  }

  private Token expectNumber(String what) {
    if (peekNumber()) {
      expected.clear();
      return next();
    }
    expected.add(what);
    throw fail();
  }

  private void expectEnd() {
    if (!atEnd()) {
      expected.add("end of text");
      throw fail();
    }
  }

  private PaymentTermsParseException fail() {
    String exp = expected.isEmpty() ? "" : "; expected " + String.join(" or ", expected);
    if (atEnd()) {
      int at = original.length();
      return new PaymentTermsParseException(original, at, "unexpected end of text at position " + at + exp);
    }
    Token t = tokens.get(pos);
    int end = t.start() + 1;
    if (t.type() != Type.SYMBOL) {
      while (end < original.length() && (Character.isLetterOrDigit(original.charAt(end))
          || (t.type() == Type.NUMBER && (original.charAt(end) == '.' || original.charAt(end) == ',')
              && end + 1 < original.length() && Character.isDigit(original.charAt(end + 1))))) {
        end++;
      }
    }
    String found = original.substring(t.start(), end);
    return new PaymentTermsParseException(original, t.start(), "unexpected '" + found + "' at position " + t.start() + exp);
  }
}
