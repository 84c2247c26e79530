package specula.tla.eval.value;

import java.util.Iterator;

/** {@code Seq(S)}: infinite; membership only. */
public final class SeqSetValue implements SetValue {
  private final SetValue elems;

  public SeqSetValue(SetValue elems) {
    this.elems = elems;
  }

  public SetValue elementSet() {
    return elems;
  }

  @Override
  public boolean contains(Value v) {
    if (!(v instanceof FunctionValue f)) {
      return Sets.memberOfOtherType(v, this);
    }
    if (!(f instanceof TupleValue t)) {
      return false;
    }
    for (int i = 0; i < t.size(); i++) {
      if (!elems.contains(t.valueAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isEnumerable() {
    return false;
  }

  @Override
  public int size() {
    throw new ValueException(ValueException.Kind.NOT_ENUMERABLE,
        "Attempted to compute the number of elements in the non-enumerable set\n" + this + ".");
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  @Override
  public Iterator<Value> iterator() {
    throw Sets.notEnumerable(this);
  }

  @Override
  public long fingerprint() {
    return Sets.fingerprintOf(this);
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
