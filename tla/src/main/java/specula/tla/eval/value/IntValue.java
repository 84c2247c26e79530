package specula.tla.eval.value;

/**
 * A TLA+ integer. TLC represents integers as 32-bit Java ints and reports overflow (see {@link IntArith}); we do
 * the same so that specs that overflow in TLC fail here too. Small values are shared.
 */
public final class IntValue implements Value {
  private static final int CACHE_LOW = -128;
  private static final int CACHE_HIGH = 1024;
  private static final IntValue[] CACHE = new IntValue[CACHE_HIGH - CACHE_LOW + 1];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new IntValue(i + CACHE_LOW);
    }
  }

  public static final IntValue ZERO = of(0);
  public static final IntValue ONE = of(1);

  private final int val;
  private final long fp;

  private IntValue(int val) {
    this.val = val;
    this.fp = Fingerprint.extend(Fingerprint.extend(Fingerprint.SEED, ValueKind.INT.ordinal()), val);
  }

  public static IntValue of(int i) {
    if (i >= CACHE_LOW && i <= CACHE_HIGH) {
      return CACHE[i - CACHE_LOW];
    }
    return new IntValue(i);
  }

  /** The int for {@code v}, or TLC's overflow error (message "Overflow when computing {@code what}"). */
  public static IntValue ofChecked(long v, String what) {
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw IntArith.overflow(what);
    }
    return of((int) v);
  }

  public int val() {
    return val;
  }

  @Override
  public ValueKind kind() {
    return ValueKind.INT;
  }

  @Override
  public long fingerprint() {
    return fp;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntValue i && i.val == val;
  }

  @Override
  public int hashCode() {
    return val;
  }

  @Override
  public String toString() {
    return Integer.toString(val);
  }
}
