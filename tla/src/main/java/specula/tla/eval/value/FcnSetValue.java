package specula.tla.eval.value;

import java.util.Iterator;

/** {@code [domain -> range]}, lazy; enumerates functions with the last domain element varying fastest. */
public final class FcnSetValue implements SetValue {
  private long fp;
  private final SetValue domain;
  private final SetValue range;

  public FcnSetValue(SetValue domain, SetValue range) {
    this.domain = domain;
    this.range = range;
  }

  public SetValue domain() {
    return domain;
  }

  public SetValue range() {
    return range;
  }

  @Override
  public boolean contains(Value v) {
    if (!(v instanceof FunctionValue f)) {
      return Sets.memberOfOtherType(v, this);
    }
    if (!hasDomain(f)) {
      return false;
    }
    for (int i = 0; i < f.size(); i++) {
      if (!range.contains(f.valueAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code DOMAIN f = domain} without building {@code DOMAIN f}: intervals and enumerated sets are compared with
   * the function's sorted domain element by element; other domain sets fall back to set equality.
   */
  private boolean hasDomain(FunctionValue f) {
    if (f instanceof LazyFunctionValue) {
      return ValueEquality.equal(f.domain(), domain);
    }
    int n = f.size();
    if (domain instanceof IntervalValue iv) {
      if (n != iv.size()) {
        return false;
      }
      if (f instanceof TupleValue) {
        return n == 0 || iv.lo() == 1;
      }
      for (int i = 0; i < n; i++) {
        if (!ValueEquality.equal(f.domainAt(i), IntValue.of(iv.lo() + i))) {
          return false;
        }
      }
      return true;
    }
    if (domain instanceof SetEnumValue se) {
      if (n != se.size()) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!ValueEquality.equal(f.domainAt(i), se.get(i))) {
          return false;
        }
      }
      return true;
    }
    return ValueEquality.equal(f.domain(), domain);
  }

  @Override
  public boolean isEnumerable() {
    return domain.isEnumerable() && range.isEnumerable();
  }

  @Override
  public int size() {
    return Sets.power(range.size(), domain.size(), this);
  }

  @Override
  public Iterator<Value> iterator() {
    if (!isEnumerable()) {
      throw Sets.notEnumerable(this);
    }
    Value[] dom = Sets.enumerate(domain);
    Value[] rng = Sets.enumerate(range);
    Value[][] axes = new Value[dom.length][];
    java.util.Arrays.fill(axes, rng);
    if (dom.length == 0) {
      return java.util.List.<Value>of(TupleValue.EMPTY).iterator();
    }
    return Sets.odometer(axes, FcnOps.overFixedDomain(dom));
  }

  @Override
  public long fingerprint() {
    // Computed by enumeration, so cache it: states hold the same set across many steps.
    long f = fp;
    if (f == 0) {
      f = Sets.fingerprintOf(this);
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
