package specula.tla.eval.value;

/**
 * 64-bit fingerprint arithmetic. Not TLC's Rabin polynomial: a strong 64-bit mix (the finaliser of SplitMix64)
 * applied to an order-sensitive combination, which spreads bits as well for the state table and is cheaper.
 * {@link #extend(long, long)} is a bijection in its second argument for a fixed first one, so two different
 * sequences of equal length that differ in one place never collide at that step.
 */
public final class Fingerprint {
  /** Seed for fresh fingerprints (states, values). */
  public static final long SEED = 0x6A09E667F3BCC908L;

  private Fingerprint() {
  }

  public static long extend(long fp, long x) {
    return mix(Long.rotateLeft(fp, 27) * 0x9E3779B97F4A7C15L + x);
  }

  /**
   * Extends with the length, then the characters packed four to a word (16 bits each, so the packing is
   * injective): a quarter of the mixing steps of one per character, with the same guarantee per step.
   */
  public static long extend(long fp, String s) {
    int n = s.length();
    long h = extend(fp, n);
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      h = extend(h, s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
          | (long) s.charAt(i + 3) << 48);
    }
    if (i < n) {
      long w = 0;
      for (int shift = 0; i < n; i++, shift += 16) {
        w |= (long) s.charAt(i) << shift;
      }
      h = extend(h, w);
    }
    return h;
  }

  /** Fingerprint of a state: its variables' values in the spec's variable order. */
  public static long ofState(Value[] vars) {
    long fp = SEED;
    for (Value v : vars) {
      fp = v.fp(fp);
    }
    return fp;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
