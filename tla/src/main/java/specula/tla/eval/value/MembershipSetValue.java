package specula.tla.eval.value;

import java.util.Iterator;
import java.util.function.Predicate;

/**
 * A lazy set known only by its membership test, for the evaluator's non-enumerable set expressions
 * ({@code {x \in Nat : P(x)}}, {@code Nat \cup {-1}}, ...). It prints as {@code display}; enumerating it is
 * TLC's non-enumerable error.
 */
public final class MembershipSetValue implements SetValue {
  private final String display;
  private final Predicate<Value> member;
  private final java.util.function.Supplier<SetValue> enumerate;
  private volatile SetEnumValue materialized;

  public MembershipSetValue(String display, Predicate<Value> member) {
    this(display, member, null);
  }

  /**
   * A finite set whose membership is cheaper than its enumeration (TLC's lazy {@code UNION S}): membership uses
   * {@code member}; anything else enumerates once through {@code enumerate}.
   */
  public MembershipSetValue(String display, Predicate<Value> member,
                            java.util.function.Supplier<SetValue> enumerate) {
    this.display = display;
    this.member = member;
    this.enumerate = enumerate;
  }

  @Override
  public SetEnumValue toEnum() {
    if (enumerate == null) {
      throw Sets.notEnumerable(this);
    }
    SetEnumValue m = materialized;
    if (m == null) {
      m = enumerate.get().toEnum();
      materialized = m;
    }
    return m;
  }

  public String display() {
    return display;
  }

  @Override
  public boolean contains(Value v) {
    return member.test(v);
  }

  @Override
  public boolean isEnumerable() {
    return enumerate != null;
  }

  @Override
  public int size() {
    if (enumerate != null) {
      return toEnum().size();
    }
    throw new ValueException(ValueException.Kind.NOT_ENUMERABLE,
        "Attempted to compute the number of elements in the non-enumerable set\n" + display + ".");
  }

  @Override
  public Iterator<Value> iterator() {
    return toEnum().iterator();
  }

  @Override
  public long fingerprint() {
    return Sets.fingerprintOf(this);
  }

  @Override
  public boolean equals(Object o) {
    return enumerate != null ? Values.javaEquals(this, o) : this == o;
  }

  @Override
  public int hashCode() {
    return enumerate != null ? Values.javaHash(this) : System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return enumerate != null ? ValuePrinter.DEFAULT.print(this) : display;
  }
}
