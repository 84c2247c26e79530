package specula.tla.eval.value;

import java.util.Arrays;
import java.util.List;

/** A tuple / sequence {@code <<e1, ..., en>>}: the function from {@code 1..n}. */
public final class TupleValue implements FunctionValue {
  public static final TupleValue EMPTY = new TupleValue(new Value[0]);

  private final Value[] elems;
  private long fp;

  /** Takes ownership of {@code elems} (no copy): callers hand over fresh arrays. */
  TupleValue(Value[] elems) {
    this.elems = elems;
  }

  public static TupleValue of(Value... elems) {
    return elems.length == 0 ? EMPTY : new TupleValue(elems.clone());
  }

  public static TupleValue of(List<? extends Value> elems) {
    return elems.isEmpty() ? EMPTY : new TupleValue(elems.toArray(new Value[0]));
  }

  /** 1-based element access without domain checks beyond Java's. */
  public Value get(int oneBased) {
    return elems[oneBased - 1];
  }

  public Value[] toArray() {
    return elems.clone();
  }

  /** Read-only view, for iteration. */
  public List<Value> elements() {
    return Arrays.asList(elems).subList(0, elems.length);
  }

  @Override
  public int size() {
    return elems.length;
  }

  @Override
  public Value domainAt(int i) {
    return IntValue.of(i + 1);
  }

  @Override
  public Value valueAt(int i) {
    return elems[i];
  }

  @Override
  public Value select(Value arg) {
    if (arg instanceof IntValue i) {
      int k = i.val();
      return k >= 1 && k <= elems.length ? elems[k - 1] : null;
    }
    if (arg instanceof ModelValue m) {
      Sets.modelValueMember(m, domain());
      return null;
    }
    throw new ValueException(ValueException.Kind.NOT_IN_DOMAIN, "Attempted to apply tuple\n"
        + ValuePrinter.DEFAULT.print(this) + "\nto a non-integer argument " + ValuePrinter.DEFAULT.print(arg)
        + ".");
  }

  @Override
  public Value apply(Value arg) {
    Value r = select(arg);
    if (r == null) {
      throw new ValueException(ValueException.Kind.NOT_IN_DOMAIN, "Attempted to apply tuple\n"
          + ValuePrinter.DEFAULT.print(this) + "\nto integer argument " + ValuePrinter.DEFAULT.print(arg)
          + ", which is out of domain.");
    }
    return r;
  }

  @Override
  public SetValue domain() {
    // The empty function is also TLC's EmptyBag and [x \in {} |-> e], whose domain is {} (membership never fails).
    return elems.length == 0 ? SetEnumValue.EMPTY : new IntervalValue(1, elems.length);
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
