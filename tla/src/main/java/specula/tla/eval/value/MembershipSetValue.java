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

  public MembershipSetValue(String display, Predicate<Value> member) {
    this.display = display;
    this.member = member;
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
    return false;
  }

  @Override
  public int size() {
    throw new ValueException(ValueException.Kind.NOT_ENUMERABLE,
        "Attempted to compute the number of elements in the non-enumerable set\n" + display + ".");
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
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return display;
  }
}
