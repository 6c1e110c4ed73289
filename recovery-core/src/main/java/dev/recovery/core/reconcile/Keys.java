package dev.recovery.core.reconcile;

/**
 * Reference keys: a text is cut into atoms (maximal runs of letters or of digits, accents and case
 * folded, leading zeros of numbers dropped), and a key is a 64-bit hash of a sequence of atoms.
 * The strict key uses every atom ({@code "F-2025-0012"}, {@code "f2025 0012"} give F|2025|12); the
 * loose key only the numbers (2025|12, so {@code "FACT. 2025-12"} finds it too). The index holds one
 * lookup key per text: the hash of its digits with every zero removed (22512), which the strict
 * form, the loose form and the compact form of an RF reference ({@code F20250012}) all share; texts
 * without digits use the strict key. Hits are verified against the canonical text, so neither a
 * hash collision nor the coarse lookup key ever makes a match.
 */
final class Keys {

  static final long STRICT_SEED = 0x243F6A8885A308D3L;
  static final long LOOSE_SEED = 0x13198A2E03707344L;
  static final long DIGITS_SEED = 0x082EFA98EC4E6C89L;
  /** The longest key, in atoms; longer references are not indexed. */
  static final int MAX_ATOMS = 8;

  private Keys() {}

  static long combine(long h, long atom) {
    h ^= atom;
    h *= 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  static long finish(long h, int count) {
    h ^= count;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    return h == 0 ? 1 : h;
  }

  /** FNV-1a step. */
  static long step(long h, char folded) {
    return (h ^ folded) * 0x100000001B3L;
  }

  static final long ATOM_BASIS = 0xCBF29CE484222325L;

  /** The result of keying a whole text. */
  static final class TextKeys {
    long strict;
    long loose;
    int atoms;
    int digitAtoms;
    int letterAtoms;
    int significantDigits;
    long digits;

    /** The index key: the zero-free digits when there are digits, else the strict key. */
    long lookupKey() {
      return digitAtoms > 0 ? digits : strict;
    }

    boolean hasStrict() {
      return atoms > 0 && atoms <= MAX_ATOMS;
    }

    /** Loose keys only for texts with letters and enough digits that a number alone is telling. */
    boolean hasLoose() {
      return hasStrict() && letterAtoms > 0 && digitAtoms > 0 && (digitAtoms >= 2 || significantDigits >= 4);
    }
  }

  /** Keys the whole text (every atom), without allocating. */
  static TextKeys keysOf(CharSequence text, TextKeys out) {
    long strict = STRICT_SEED;
    long loose = LOOSE_SEED;
    long digits = DIGITS_SEED;
    int nonZero = 0;
    int atoms = 0;
    int digitAtoms = 0;
    int letterAtoms = 0;
    int significant = 0;
    long atom = ATOM_BASIS;
    int kind = 0; // 0 none, 1 letters, 2 digits
    boolean leading = true;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char f = i < n ? Fold.fold(text.charAt(i)) : 0;
      int k = f == 0 ? 0 : (Fold.isDigit(f) ? 2 : 1);
      if (k != kind && kind != 0) {
        if (kind == 2 && leading) {
          atom = step(atom, '0');
        }
        strict = combine(strict, atom);
        atoms++;
        if (kind == 2) {
          loose = combine(loose, atom);
          digitAtoms++;
        } else {
          letterAtoms++;
        }
        atom = ATOM_BASIS;
        leading = true;
      }
      if (k == 2) {
        if (f != '0') {
          digits = step(digits, f);
          nonZero++;
        }
        if (!(leading && f == '0')) {
          atom = step(atom, f);
          leading = false;
          significant++;
        }
      } else if (k == 1) {
        atom = step(atom, f);
      }
      kind = k;
    }
    out.strict = finish(strict, atoms);
    out.loose = finish(loose, digitAtoms);
    out.atoms = atoms;
    out.digitAtoms = digitAtoms;
    out.letterAtoms = letterAtoms;
    out.significantDigits = significant;
    out.digits = finish(digits, nonZero);
    return out;
  }

  /** The canonical form of a text: its atoms, normalised, joined by '|' (numbers only if {@code loose}). */
  static String canonical(CharSequence text, boolean loose) {
    StringBuilder sb = new StringBuilder(text.length() + 4);
    canonical(text, loose, sb, new StringBuilder());
    return sb.toString();
  }

  /** Appends the {@linkplain #canonical(CharSequence, boolean) canonical form} to {@code sb}; {@code atom} is scratch. */
  static void canonical(CharSequence text, boolean loose, StringBuilder sb, StringBuilder atom) {
    atom.setLength(0);
    int kind = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char f = i < n ? Fold.fold(text.charAt(i)) : 0;
      int k = f == 0 ? 0 : (Fold.isDigit(f) ? 2 : 1);
      if (k != kind && kind != 0) {
        appendAtom(sb, atom, kind, loose);
        atom.setLength(0);
      }
      if (k != 0) {
        atom.append(f);
      }
      kind = k;
    }
  }

  /** The compact form: folded letters and digits, zeros kept ({@code "F-2025-0012"} gives F20250012). */
  static String compact(CharSequence text, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char f = Fold.fold(text.charAt(i));
      if (f != 0) {
        sb.append(f);
      }
    }
    return sb.toString();
  }

  static void appendAtom(StringBuilder sb, CharSequence atom, int kind, boolean loose) {
    if (loose && kind != 2) {
      return;
    }
    if (sb.length() > 0) {
      sb.append('|');
    }
    if (kind == 2) {
      int z = 0;
      while (z < atom.length() - 1 && atom.charAt(z) == '0') {
        z++;
      }
      sb.append(atom, z, atom.length());
    } else {
      sb.append(atom);
    }
  }
}
