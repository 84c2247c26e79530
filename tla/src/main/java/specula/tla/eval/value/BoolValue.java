package specula.tla.eval.value;

/** TRUE or FALSE; exactly two instances. */
public final class BoolValue implements Value {
  public static final BoolValue TRUE = new BoolValue(true);
  public static final BoolValue FALSE = new BoolValue(false);

  private final boolean val;
  private final long fp;

  private BoolValue(boolean val) {
    this.val = val;
    this.fp = Fingerprint.extend(Fingerprint.extend(Fingerprint.SEED, ValueKind.BOOL.ordinal()), val ? 1 : 0);
  }

  public static BoolValue of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public boolean val() {
    return val;
  }

  @Override
  public ValueKind kind() {
    return ValueKind.BOOL;
  }

  @Override
  public long fingerprint() {
    return fp;
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return val ? 1231 : 1237;
  }

  @Override
  public String toString() {
    return val ? "TRUE" : "FALSE";
  }
}
