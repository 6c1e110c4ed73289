package dev.recovery.core.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One remittance text cut into atoms (see {@link Keys}), with the RF creditor references found in
 * it, valid or not. Atoms inside an RF reference are consumed: a wrong check digit is not a match.
 */
final class RemittanceScan {

  /** An RF reference found in the text; {@code reference} is empty when its check digits are wrong. */
  record RfFinding(String text, Optional<CreditorReference> reference, String problem) {}

  final String text;
  final int count;
  final int[] start;
  final int[] end;
  final boolean[] digit;
  final boolean[] breakBefore;
  final boolean[] consumed;
  final long[] hash;
  final List<RfFinding> rfs = new ArrayList<>(1);

  private RemittanceScan(String text, int count, int[] start, int[] end, boolean[] digit, boolean[] breakBefore,
      boolean[] consumed, long[] hash) {
    this.text = text;
    this.count = count;
    this.start = start;
    this.end = end;
    this.digit = digit;
    this.breakBefore = breakBefore;
    this.consumed = consumed;
    this.hash = hash;
  }

  /**
   * The arrays of a scan, reused from one scan to the next by one reader (a scan's arrays may be
   * longer than its atoms; only the first {@code count} entries are its own).
   */
  static final class Buffers {
    int[] start = new int[8];
    int[] end = new int[8];
    boolean[] digit = new boolean[8];
    boolean[] breakBefore = new boolean[8];
    boolean[] consumed = new boolean[8];
    long[] hash = new long[8];
  }

  static RemittanceScan of(String text) {
    return of(text, new Buffers());
  }

  /** The scan of the text in {@code buffers}, valid until they are used for another scan. */
  static RemittanceScan of(String text, Buffers buffers) {
    int n = text.length();
    int[] start = buffers.start;
    int[] end = buffers.end;
    boolean[] digit = buffers.digit;
    boolean[] brk = buffers.breakBefore;
    long[] hash = buffers.hash;
    int count = 0;
    int kind = 0;
    long atom = Keys.ATOM_BASIS;
    boolean leading = true;
    boolean pendingBreak = false;
    int atomStart = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      char f = i < n ? Fold.fold(c) : 0;
      int k = f == 0 ? 0 : (Fold.isDigit(f) ? 2 : 1);
      if (k != kind && kind != 0) {
        if (kind == 2 && leading) {
          atom = Keys.step(atom, '0');
        }
        start[count] = atomStart;
        end[count] = i;
        digit[count] = kind == 2;
        hash[count] = atom;
        count++;
        atom = Keys.ATOM_BASIS;
        leading = true;
      }
      if (k == 0) {
        if (i < n && !isJoiner(c)) {
          pendingBreak = true;
        }
      } else {
        if (k != kind) {
          if (count == start.length) {
            int m = count * 2;
            start = java.util.Arrays.copyOf(start, m);
            end = java.util.Arrays.copyOf(end, m);
            digit = java.util.Arrays.copyOf(digit, m);
            brk = java.util.Arrays.copyOf(brk, m);
            hash = java.util.Arrays.copyOf(hash, m);
          }
          atomStart = i;
          brk[count] = pendingBreak;
          pendingBreak = false;
        }
        if (k == 2) {
          if (!(leading && f == '0')) {
            atom = Keys.step(atom, f);
            leading = false;
          }
        } else {
          atom = Keys.step(atom, f);
        }
      }
      kind = k;
    }
    buffers.start = start;
    buffers.end = end;
    buffers.digit = digit;
    buffers.breakBefore = brk;
    buffers.hash = hash;
    if (buffers.consumed.length < count) {
      buffers.consumed = new boolean[start.length];
    } else {
      java.util.Arrays.fill(buffers.consumed, 0, count, false);
    }
    RemittanceScan scan = new RemittanceScan(text, count, start, end, digit, brk, buffers.consumed, hash);
    scan.findCreditorReferences();
    return scan;
  }

  private static boolean isJoiner(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '_' || c == ':' || c == '#' || c == '\t'
        || c == '\u00B0' || c == '\u00A0';
  }

  private static boolean asciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private void findCreditorReferences() {
    for (int k = 0; k + 1 < count; k++) {
      if (digit[k] || end[k] - start[k] != 2 || Fold.fold(text.charAt(start[k])) != 'R'
          || Fold.fold(text.charAt(start[k] + 1)) != 'F' || !digit[k + 1] || start[k + 1] != end[k]
          || end[k + 1] - start[k + 1] < 2) {
        continue;
      }
      int rfStart = start[k];
      String check = text.substring(start[k + 1], start[k + 1] + 2);
      List<int[]> groups = new ArrayList<>();
      int total = 0;
      int p = start[k + 1] + 2;
      int n = text.length();
      while (true) {
        int q = p;
        if (q < n && text.charAt(q) == ' ') {
          q++;
        }
        if (q >= n || !asciiAlnum(text.charAt(q))) {
          break;
        }
        int r = q;
        while (r < n && asciiAlnum(text.charAt(r))) {
          r++;
        }
        if (total + (r - q) > CreditorReference.MAX_REFERENCE_LENGTH) {
          break;
        }
        groups.add(new int[] {q, r});
        total += r - q;
        p = r;
      }
      if (groups.isEmpty()) {
        continue;
      }
      int spanEnd = -1;
      CreditorReference valid = null;
      for (int g = groups.size(); g >= 1 && valid == null; g--) {
        StringBuilder body = new StringBuilder("RF").append(check);
        for (int j = 0; j < g; j++) {
          body.append(text, groups.get(j)[0], groups.get(j)[1]);
        }
        if (CreditorReference.isValid(body)) {
          valid = CreditorReference.parse(body);
          spanEnd = groups.get(g - 1)[1];
        }
      }
      String problem = "";
      if (valid == null) {
        spanEnd = groups.get(0)[1];
        if (groups.get(0)[1] - groups.get(0)[0] == 4) {
          for (int j = 1; j < groups.size(); j++) {
            spanEnd = groups.get(j)[1];
            if (groups.get(j)[1] - groups.get(j)[0] != 4) {
              break;
            }
          }
        }
        problem = CreditorReference.validate(text.substring(rfStart, spanEnd)).orElse("not valid");
      }
      rfs.add(new RfFinding(text.substring(rfStart, spanEnd), Optional.ofNullable(valid), problem));
      for (int j = k; j < count && start[j] < spanEnd; j++) {
        consumed[j] = true;
      }
    }
  }

  /** The canonical form of atoms {@code from .. from+len-1}; only numbers if {@code loose}. */
  String canonical(int from, int len, boolean loose) {
    StringBuilder sb = new StringBuilder();
    canonical(from, len, loose, sb, new StringBuilder());
    return sb.toString();
  }

  /** Appends the {@linkplain #canonical(int, int, boolean) canonical form} to {@code sb}; {@code atom} is scratch. */
  void canonical(int from, int len, boolean loose, StringBuilder sb, StringBuilder atom) {
    for (int k = from; k < from + len; k++) {
      atom.setLength(0);
      for (int i = start[k]; i < end[k]; i++) {
        atom.append(Fold.fold(text.charAt(i)));
      }
      Keys.appendAtom(sb, atom, digit[k] ? 2 : 1, loose);
    }
  }

  /**
   * Whether the {@linkplain #canonical(int, int, boolean) canonical form} of atoms {@code from ..
   * from+len-1} is {@code Keys.canonical(other, loose)}, compared atom by atom without building
   * either: the same atoms in the same order (numbers only if {@code loose}), numbers without their
   * leading zeros.
   */
  boolean sameCanonical(int from, int len, boolean loose, String other) {
    int n = other.length();
    int p = 0;
    for (int k = from; k < from + len; k++) {
      if (loose && !digit[k]) {
        continue;
      }
      // the next atom of the other text (a number when loose): [a, p)
      int a;
      boolean number;
      do {
        while (p < n && Fold.fold(other.charAt(p)) == 0) {
          p++;
        }
        if (p == n) {
          return false;
        }
        a = p;
        number = Fold.isDigit(Fold.fold(other.charAt(p)));
        p = atomEnd(other, p, number);
      } while (loose && !number);
      if (number != digit[k]) {
        return false;
      }
      int i = start[k];
      int j = end[k];
      if (number) { // digits fold to themselves: leading zeros are '0' as written
        while (i < j - 1 && text.charAt(i) == '0') {
          i++;
        }
        while (a < p - 1 && other.charAt(a) == '0') {
          a++;
        }
      }
      if (j - i != p - a) {
        return false;
      }
      for (int t = 0; t < j - i; t++) {
        if (Fold.fold(text.charAt(i + t)) != Fold.fold(other.charAt(a + t))) {
          return false;
        }
      }
    }
    // no atom of the other text is left over (no number, when loose)
    while (p < n) {
      char f = Fold.fold(other.charAt(p));
      if (f == 0) {
        p++;
      } else if (!loose || Fold.isDigit(f)) {
        return false;
      } else {
        p = atomEnd(other, p, false);
      }
    }
    return true;
  }

  /** The end of the atom (a number when {@code number}, else letters) starting at {@code p} in {@code s}. */
  private static int atomEnd(String s, int p, boolean number) {
    int n = s.length();
    while (p < n) {
      char g = Fold.fold(s.charAt(p));
      if (g == 0 || Fold.isDigit(g) != number) {
        break;
      }
      p++;
    }
    return p;
  }

  /** The compact form (letters and digits, zeros kept) of atoms {@code from .. from+len-1}. */
  String compact(int from, int len) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < from + len; k++) {
      sb.append(Keys.compact(text, start[k], end[k]));
    }
    return sb.toString();
  }

  /** Whether the text spanned by atoms {@code from .. from+len-1} is {@code other}, as written. */
  boolean writtenAs(int from, int len, String other) {
    int a = start[from];
    int b = end[from + len - 1];
    return b - a == other.length() && text.regionMatches(a, other, 0, b - a);
  }

  /** The text spanned by atoms {@code from .. from+len-1}, as written. */
  String written(int from, int len) {
    return text.substring(start[from], end[from + len - 1]);
  }
}
