package specula.tla.eval.value;

/**
 * A TLA+ value. All implementations are immutable and canonical: two values that TLC considers equal have the
 * same {@link #fingerprint()}, and Java {@code equals}/{@code hashCode} agree with TLC equality (but never throw,
 * so values can key hash maps). TLC's {@code =} (which may raise "Attempted to check equality ...") is
 * {@link #tlcEquals(Value)}; TLC's total order (which may raise "Attempted to compare ...") is
 * {@link #compareTo(Value)}.
 */
public sealed interface Value extends Comparable<Value>
    permits BoolValue, IntValue, StringValue, ModelValue, SetValue, FunctionValue {

  ValueKind kind();

  /** TLC's order, used to normalise sets and function domains; throws {@link ValueException} like TLC. */
  @Override
  default int compareTo(Value other) {
    return ValueOrder.compare(this, other);
  }

  /** TLC's {@code =}; throws {@link ValueException} where TLC reports "Attempted to check equality". */
  default boolean tlcEquals(Value other) {
    return ValueEquality.equal(this, other);
  }

  /** 64-bit fingerprint, equal for equal values (computed on the canonical form, cached for composites). */
  long fingerprint();

  /** Extends a running fingerprint (e.g. a state's, variable by variable) with this value. */
  default long fp(long seed) {
    return Fingerprint.extend(seed, fingerprint());
  }

  /** Appends TLC's printed form (the one used in traces and by Print) to {@code sb}. */
  default void print(StringBuilder sb) {
    ValuePrinter.DEFAULT.print(this, sb);
  }
}
