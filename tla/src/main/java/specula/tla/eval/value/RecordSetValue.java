package specula.tla.eval.value;

import java.util.Arrays;
import java.util.Iterator;

/** {@code [a : S, b : T]}, lazy; fields kept in canonical (string) order. */
public final class RecordSetValue implements SetValue {
  private long fp;
  private final StringValue[] names;
  private final SetValue[] sets;

  /** Field names may come in any order; duplicates are rejected. */
  public RecordSetValue(String[] names, SetValue[] sets) {
    Integer[] order = new Integer[names.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
    this.names = new StringValue[names.length];
    this.sets = new SetValue[names.length];
    for (int i = 0; i < order.length; i++) {
      this.names[i] = StringValue.of(names[order[i]]);
      this.sets[i] = sets[order[i]];
      if (i > 0 && this.names[i].val().equals(this.names[i - 1].val())) {
        throw new ValueException(ValueException.Kind.DUPLICATE_DOMAIN,
            "The field " + names[order[i]] + " occurs multiple times in the set of records.");
      }
    }
  }

  public int fieldCount() {
    return names.length;
  }

  public String name(int i) {
    return names[i].val();
  }

  public SetValue fieldSet(int i) {
    return sets[i];
  }

  @Override
  public boolean contains(Value v) {
    if (!(v instanceof FunctionValue f)) {
      return Sets.memberOfOtherType(v, this);
    }
    if (f.size() != names.length) {
      return false;
    }
    for (int i = 0; i < names.length; i++) {
      if (!(f.domainAt(i) instanceof StringValue s) || !s.val().equals(names[i].val())) {
        return false;
      }
      if (!sets[i].contains(f.valueAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isEnumerable() {
    for (SetValue s : sets) {
      if (!s.isEnumerable()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int size() {
    long n = 1;
    for (SetValue s : sets) {
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
    Value[][] axes = new Value[sets.length][];
    for (int i = 0; i < sets.length; i++) {
      axes[i] = Sets.enumerate(sets[i]);
    }
    return Sets.odometer(axes, FcnOps.overFixedDomain(names.clone()));
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
