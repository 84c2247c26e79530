package specula.tla.eval.value;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function given by its domain and a rule, evaluated on demand (TLC's FcnLambdaValue): what the evaluator builds
 * for {@code [x \in S |-> e]} when S is infinite or large, and for recursive function definitions
 * ({@code f[n \in Nat] == ...}). Application only evaluates the rule at the argument. Everything that needs the
 * whole function (equality, ordering, fingerprint, printing, serialisation) uses {@link #materialize()}, which
 * requires an enumerable domain and raises TLC's non-enumerable error otherwise.
 */
public final class LazyFunctionValue implements FunctionValue {
  private final SetValue domain;
  private final Function<Value, Value> rule;
  private final String display;
  private final ConcurrentHashMap<Value, Value> memo;
  private volatile FunctionValue materialized;

  /**
   * @param display how to print the function when its domain cannot be enumerated (e.g. the source text)
   * @param memoize remember results per argument (worth it for recursive definitions)
   */
  public LazyFunctionValue(SetValue domain, Function<Value, Value> rule, String display, boolean memoize) {
    this.domain = domain;
    this.rule = rule;
    this.display = display;
    this.memo = memoize ? new ConcurrentHashMap<>() : null;
  }

  public String display() {
    return display;
  }

  @Override
  public Value select(Value arg) {
    if (!domain.contains(arg)) {
      return null;
    }
    if (memo == null) {
      return rule.apply(arg);
    }
    // Not computeIfAbsent: the rule may apply this same function recursively.
    Value v = memo.get(arg);
    if (v == null) {
      v = rule.apply(arg);
      memo.put(arg, v);
    }
    return v;
  }

  /** The finite function this denotes, in canonical form (computed once). */
  public FunctionValue materialize() {
    FunctionValue m = materialized;
    if (m == null) {
      if (!domain.isEnumerable()) {
        throw new ValueException(ValueException.Kind.NOT_ENUMERABLE,
            "Attempted to enumerate the domain of the function\n" + display + "\nbut it is not enumerable.");
      }
      Value[] dom = domain.toEnum().toArray();
      Value[] vals = new Value[dom.length];
      for (int i = 0; i < dom.length; i++) {
        vals[i] = select(dom[i]);
      }
      m = FcnOps.fromSortedDomain(dom, vals);
      materialized = m;
    }
    return m;
  }

  public boolean isMaterializable() {
    return domain.isEnumerable();
  }

  @Override
  public int size() {
    return materialize().size();
  }

  @Override
  public Value domainAt(int i) {
    return materialize().domainAt(i);
  }

  @Override
  public Value valueAt(int i) {
    return materialize().valueAt(i);
  }

  @Override
  public SetValue domain() {
    return domain;
  }

  @Override
  public long fingerprint() {
    return materialize().fingerprint();
  }

  @Override
  public boolean equals(Object o) {
    return Values.javaEquals(this, o);
  }

  @Override
  public int hashCode() {
    return isMaterializable() ? Values.javaHash(this) : System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return ValuePrinter.DEFAULT.print(this);
  }
}
