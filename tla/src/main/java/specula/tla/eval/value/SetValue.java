package specula.tla.eval.value;

import java.util.Iterator;

/**
 * A TLA+ set. Finite sets enumerate lazily in TLC's canonical order (the order of {@link ValueOrder}: by size, then
 * element-wise), which is the order CHOOSE and quantifiers see; infinite sets ({@code Nat}, {@code Seq(S)}, ...)
 * answer membership and refuse enumeration with TLC's message.
 */
public sealed interface SetValue extends Value, Iterable<Value>
    permits SetEnumValue, IntervalValue, SubsetValue, FcnSetValue, RecordSetValue, ProductSetValue, SeqSetValue,
    InfiniteSetValue, MembershipSetValue {

  @Override
  default ValueKind kind() {
    return ValueKind.SET;
  }

  /** TLC's {@code \in}, with TLC's errors for values it cannot test. */
  boolean contains(Value v);

  /** True when the set is finite and can be enumerated. */
  boolean isEnumerable();

  /** Cardinality; TLC's errors when not enumerable or above 2^31-1. */
  int size();

  /** {@code S = {}}; infinite sets answer without enumerating. */
  default boolean isEmpty() {
    return size() == 0;
  }

  /** Elements in canonical order; throws {@link ValueException} (NOT_ENUMERABLE) for infinite sets. */
  @Override
  Iterator<Value> iterator();

  /** The canonical enumerated form (cached where it is expensive to rebuild). */
  default SetEnumValue toEnum() {
    return SetEnumValue.fromIterator(this);
  }
}
