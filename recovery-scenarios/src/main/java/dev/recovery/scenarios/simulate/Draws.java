package dev.recovery.scenarios.simulate;

/**
 * Seeded random draws keyed by what they are for, so that two strategies simulated on the same
 * portfolio see the same draws for the same question (the same debtor reacting to the same kind of
 * contact on the same day, the same invoice's natural payment date): the difference between
 * strategies is the strategy alone. Stateless, thread-safe.
 */
final class Draws {

  private final long seed;

  Draws(long seed) {
    this.seed = seed;
  }

  /** A uniform draw in [0, 1) for the key parts. */
  double uniform(Object... key) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (Object part : key) {
      h = mix(h ^ (part == null ? 0 : part.hashCode()));
    }
    return (mix(h) >>> 11) * 0x1.0p-53;
  }

  /** A whole number in [0, bound) for the key parts. */
  int below(int bound, Object... key) {
    return (int) Math.floor(uniform(key) * bound);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
