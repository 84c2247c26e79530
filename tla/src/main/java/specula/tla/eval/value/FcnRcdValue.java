package specula.tla.eval.value;

/** A general finite function (domain neither {@code 1..n} nor strings), domain sorted in TLC order. */
public final class FcnRcdValue implements FunctionValue {
  private final Value[] domain;
  private final Value[] values;
  private long fp;

  /** Takes ownership; the domain must be sorted and distinct. */
  FcnRcdValue(Value[] domain, Value[] values) {
    this.domain = domain;
    this.values = values;
  }

  @Override
  public int size() {
    return domain.length;
  }

  @Override
  public Value domainAt(int i) {
    return domain[i];
  }

  @Override
  public Value valueAt(int i) {
    return values[i];
  }

  @Override
  public Value select(Value arg) {
    int i = indexOf(arg);
    return i < 0 ? null : values[i];
  }

  /** The same function with the value at domain index {@code i} set to {@code v}. */
  FcnRcdValue withValue(int i, Value v) {
    Value[] vals = values.clone();
    vals[i] = v;
    return new FcnRcdValue(domain, vals);
  }

  /** Index of {@code arg} in the domain, or -1. */
  int indexOf(Value arg) {
    int lo = 0;
    int hi = domain.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = ValueOrder.compare(domain[mid], arg);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  @Override
  public SetValue domain() {
    return SetEnumValue.fromSorted(domain.clone());
  }

  @Override
  public long fingerprint() {
    long f = fp;
    if (f == 0) {
      f = fingerprintFunction();
      fp = f;
    }
    return f;
  }

  @Override
  public boolean equals(Object o) {
    return Values.javaEquals(this, o);
  }

  @Override
  public int hashCode() {
    return Values.javaHash(this);
  }

  @Override
  public String toString() {
    return ValuePrinter.DEFAULT.print(this);
  }
}
