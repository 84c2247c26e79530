package specula.tla.eval.value;

import java.util.Iterator;

/** The built-in infinite sets {@code Nat}, {@code Int} and {@code STRING}: membership only. */
public final class InfiniteSetValue implements SetValue {
  /** Which built-in set; the name is how TLC prints it. */
  public enum Kind {
    NAT("Nat"), INT("Int"), STRING("STRING");

    private final String display;

    Kind(String display) {
      this.display = display;
    }

    public String display() {
      return display;
    }
  }

  public static final InfiniteSetValue NAT = new InfiniteSetValue(Kind.NAT);
  public static final InfiniteSetValue INT = new InfiniteSetValue(Kind.INT);
  public static final InfiniteSetValue STRING = new InfiniteSetValue(Kind.STRING);

  private final Kind which;

  private InfiniteSetValue(Kind which) {
    this.which = which;
  }

  public Kind which() {
    return which;
  }

  @Override
  public boolean contains(Value v) {
    switch (which) {
      case NAT:
        if (v instanceof IntValue i) {
          return i.val() >= 0;
        }
        break;
      case INT:
        if (v instanceof IntValue) {
          return true;
        }
        break;
      default:
        if (v instanceof StringValue) {
          return true;
        }
        break;
    }
    if (v instanceof ModelValue m) {
      return Sets.modelValueMember(m, this);
    }
    // TLC's Nat/Int (and STRING) user objects word this one differently from the other sets.
    throw new ValueException(ValueException.Kind.MEMBERSHIP, "Attempted to check if the value:\n"
        + ValuePrinter.DEFAULT.print(v) + "\nis an element of " + which.display + ".");
  }

  @Override
  public boolean isEnumerable() {
    return false;
  }

  @Override
  public int size() {
    throw new ValueException(ValueException.Kind.NOT_ENUMERABLE,
        "Attempted to compute the number of elements in the overridden value " + which.display + ".");
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
    return this == o;
  }

  @Override
  public int hashCode() {
    return which.hashCode();
  }

  @Override
  public String toString() {
    return which.display;
  }
}
