package specula.tla.eval.value;

import java.util.Iterator;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A lazy set known by its membership test, for the evaluator's non-enumerable set expressions
 * ({@code {x \in Nat : P(x)}}, {@code Nat \cup {-1}}, ...) and for finite sets whose membership is cheaper than
 * their enumeration (TLC's lazy {@code UNION S} and {@code SetPredValue}). A non-enumerable one prints as
 * {@code display}; enumerating it is TLC's non-enumerable error.
 */
public final class MembershipSetValue implements SetValue {
  private final String display;
  private final boolean finite;
  // Both closures capture evaluator state (bindings, the state pair); they are dropped once the set is
  // materialized so a lazy set kept in a stored state does not pin the states it was computed from.
  private volatile Predicate<Value> member;
  private volatile Supplier<SetValue> enumerate;
  private volatile SetEnumValue materialized;

  public MembershipSetValue(String display, Predicate<Value> member) {
    this(display, member, null);
  }

  /**
   * A finite set whose membership is cheaper than its enumeration: membership uses {@code member} until the set
   * has been enumerated; anything else enumerates once through {@code enumerate}.
   */
  public MembershipSetValue(String display, Predicate<Value> member, Supplier<SetValue> enumerate) {
    this.display = display;
    this.member = member;
    this.enumerate = enumerate;
    this.finite = enumerate != null;
  }

  @Override
  public SetEnumValue toEnum() {
    SetEnumValue m = materialized;
    if (m != null) {
      return m;
    }
    if (!finite) {
      throw Sets.notEnumerable(this);
    }
    Supplier<SetValue> e = enumerate;
    if (e == null) {
      // Another thread materialized it between our two reads; its write to materialized came first.
      return materialized;
    }
    m = e.get().toEnum();
    materialized = m;
    enumerate = null;
    member = null;
    return m;
  }

  public String display() {
    return display;
  }

  /** True once the elements have been computed (membership then answers from them). */
  public boolean isMaterialized() {
    return materialized != null;
  }

  @Override
  public boolean contains(Value v) {
    Predicate<Value> p = member;
    if (p != null) {
      return p.test(v);
    }
    return materialized.contains(v);
  }

  @Override
  public boolean isEnumerable() {
    return finite;
  }

  @Override
  public int size() {
    if (finite) {
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
    return finite ? toEnum().fingerprint() : Sets.fingerprintOf(this);
  }

  @Override
  public boolean equals(Object o) {
    return finite ? Values.javaEquals(this, o) : this == o;
  }

  @Override
  public int hashCode() {
    return finite ? Values.javaHash(this) : System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return finite ? ValuePrinter.DEFAULT.print(this) : display;
  }
}
