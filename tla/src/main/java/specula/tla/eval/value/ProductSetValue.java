package specula.tla.eval.value;

import java.util.Iterator;
import java.util.List;

/** {@code S1 \X S2 \X ...}, lazy; enumerates tuples with the last component varying fastest. */
public final class ProductSetValue implements SetValue {
  private long fp;
  private final SetValue[] factors;

  public ProductSetValue(List<SetValue> factors) {
    this.factors = factors.toArray(new SetValue[0]);
  }

  public List<SetValue> factors() {
    return List.of(factors);
  }

  @Override
  public boolean contains(Value v) {
    if (!(v instanceof TupleValue t)) {
      if (v instanceof FunctionValue) {
        return false;
      }
      return Sets.memberOfOtherType(v, this);
    }
    if (t.size() != factors.length) {
      return false;
    }
    for (int i = 0; i < factors.length; i++) {
      if (!factors[i].contains(t.valueAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isEnumerable() {
    for (SetValue s : factors) {
      if (!s.isEnumerable()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int size() {
    long n = 1;
    for (SetValue s : factors) {
      n *= s.size();
      if (n > Integer.MAX_VALUE) {
        throw IntArith.overflow("the number of elements in:\n" + ValuePrinter.DEFAULT.print(this));
      }
    }
    return (int) n;
  }

  @Override
  public Iterator<Value> iterator() {
    if (!isEnumerable()) {
      throw Sets.notEnumerable(this);
    }
    Value[][] axes = new Value[factors.length][];
    for (int i = 0; i < factors.length; i++) {
      axes[i] = Sets.enumerate(factors[i]);
    }
    return Sets.odometer(axes, TupleValue::new);
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
