package specula.tla.eval.value;

/** A general finite function (domain neither {@code 1..n} nor strings), domain sorted in TLC order. */
public final class FcnRcdValue implements FunctionValue {
  private final Value[] domain;
  private final Value[] values;
  /** The first element when the domain is an integer interval {@code lo..hi} (indexed directly), else null. */
  private final IntValue intervalLo;
  private long fp;

  /** Takes ownership; the domain must be sorted and distinct. */
  FcnRcdValue(Value[] domain, Value[] values) {
    this(domain, values, intervalStart(domain));
  }

  private FcnRcdValue(Value[] domain, Value[] values, IntValue intervalLo) {
    this.domain = domain;
    this.values = values;
    this.intervalLo = intervalLo;
  }

  /**
   * Sorted distinct integers form an interval exactly when the last minus the first is n-1. A domain that starts
   * and ends with integers holds only integers: model values would sort first, other kinds are incomparable.
   */
  private static IntValue intervalStart(Value[] domain) {
    int n = domain.length;
    if (n > 0 && domain[0] instanceof IntValue first && domain[n - 1] instanceof IntValue last
        && (long) last.val() - first.val() == n - 1) {
      return first;
    }
    return null;
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

  /** True when both functions share one domain array (EXCEPT keeps it), so their domains are equal. */
  boolean sharesDomainWith(FcnRcdValue other) {
    return domain == other.domain;
  }

  /** The same function with the value at domain index {@code i} set to {@code v}. */
  FcnRcdValue withValue(int i, Value v) {
    Value[] vals = values.clone();
    vals[i] = v;
    return new FcnRcdValue(domain, vals, intervalLo);
  }

  /** Index of {@code arg} in the domain, or -1. */
  int indexOf(Value arg) {
    if (intervalLo != null && arg instanceof IntValue i) {
      long k = (long) i.val() - intervalLo.val();
      return k >= 0 && k < domain.length ? (int) k : -1;
    }
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
