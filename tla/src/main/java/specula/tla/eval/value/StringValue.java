package specula.tla.eval.value;

/** A TLA+ string. Ordered as Java strings (TLC's StringValue order). */
public final class StringValue implements Value {
  private final String val;
  private long fp;

  private StringValue(String val) {
    this.val = val;
  }

  public static StringValue of(String s) {
    return new StringValue(s);
  }

  public String val() {
    return val;
  }

  @Override
  public ValueKind kind() {
    return ValueKind.STRING;
  }

  @Override
  public long fingerprint() {
    long f = fp;
    if (f == 0) {
      f = Fingerprint.extend(Fingerprint.extend(Fingerprint.SEED, ValueKind.STRING.ordinal()), val);
      fp = f;
    }
    return f;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringValue s && s.val.equals(val);
  }

  @Override
  public int hashCode() {
    return val.hashCode();
  }

  @Override
  public String toString() {
    return ValuePrinter.DEFAULT.print(this);
  }
}
