package specula.tla.eval.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Building and updating functions while keeping their canonical representation. */
public final class FcnOps {
  private FcnOps() {
  }

  /**
   * The function mapping {@code domain[i]} to {@code values[i]}; the domain may come in any order, duplicates
   * raise TLC's "occurs multiple times in the function domain".
   */
  public static FunctionValue of(Value[] domain, Value[] values) {
    if (domain.length != values.length) {
      throw new IllegalArgumentException("domain and values differ in length");
    }
    int n = domain.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> ValueOrder.compare(domain[a], domain[b]));
    Value[] d = new Value[n];
    Value[] v = new Value[n];
    for (int i = 0; i < n; i++) {
      d[i] = domain[order[i]];
      v[i] = values[order[i]];
      if (i > 0 && ValueOrder.compare(d[i - 1], d[i]) == 0) {
        throw new ValueException(ValueException.Kind.DUPLICATE_DOMAIN,
            "The value\n" + ValuePrinter.DEFAULT.print(d[i]) + "\noccurs multiple times in the function domain.");
      }
    }
    return fromSortedDomain(d, v);
  }

  /** {@code [x \in domain |-> values[i]]} for a domain given as a set (so already sorted and distinct). */
  public static FunctionValue over(SetValue domain, Value[] valuesInDomainOrder) {
    return fromSortedDomain(Sets.enumerate(domain), valuesInDomainOrder);
  }

  /** Picks the canonical representation; {@code domain} must be sorted and distinct. Takes ownership. */
  static FunctionValue fromSortedDomain(Value[] domain, Value[] values) {
    int n = domain.length;
    if (n == 0) {
      return TupleValue.EMPTY;
    }
    boolean tuple = true;
    boolean record = true;
    for (int i = 0; i < n && (tuple || record); i++) {
      tuple &= domain[i] instanceof IntValue iv && iv.val() == i + 1;
      record &= domain[i] instanceof StringValue;
    }
    if (tuple) {
      return new TupleValue(values);
    }
    if (record) {
      return new RecordValue(Arrays.copyOf(domain, n, StringValue[].class), values);
    }
    return new FcnRcdValue(domain, values);
  }

  /**
   * A factory of functions over one fixed domain (sorted, distinct, never modified), for enumerating function and
   * record sets: the canonical representation is chosen once, not per function, and the domain array is shared.
   */
  static java.util.function.Function<Value[], Value> overFixedDomain(Value[] domain) {
    FunctionValue probe = fromSortedDomain(domain.clone(), new Value[domain.length]);
    if (probe instanceof TupleValue) {
      return TupleValue::new;
    }
    if (probe instanceof RecordValue) {
      StringValue[] names = Arrays.copyOf(domain, domain.length, StringValue[].class);
      return vals -> new RecordValue(names, vals);
    }
    return vals -> new FcnRcdValue(domain, vals);
  }

  /**
   * True when two functions of equal size certainly have the same domain without comparing it: two tuples, or two
   * functions/records built over one shared domain array. False says nothing.
   */
  static boolean sameDomainArray(FunctionValue a, FunctionValue b) {
    return a instanceof TupleValue && b instanceof TupleValue
        || a instanceof FcnRcdValue fa && b instanceof FcnRcdValue fb && fa.sharesDomainWith(fb)
        || a instanceof RecordValue ra && b instanceof RecordValue rb && ra.sharesFieldsWith(rb);
  }

  static ValueException notInDomain(FunctionValue f, Value arg) {
    return new ValueException(ValueException.Kind.NOT_IN_DOMAIN, "Attempted to apply function:\n"
        + ValuePrinter.DEFAULT.print(f) + "\nto argument " + ValuePrinter.DEFAULT.print(arg)
        + ", which is not in the domain of the function.");
  }

  /** {@code [f EXCEPT ![arg] = v]}; as in TLC, an argument outside the domain leaves f unchanged. */
  public static FunctionValue except(FunctionValue f, Value arg, Value v) {
    if (f instanceof LazyFunctionValue lazy) {
      if (lazy.isMaterializable()) {
        return except(lazy.materialize(), arg, v);
      }
      return new LazyFunctionValue(lazy.domain(), x -> ValueEquality.equal(x, arg) ? v : lazy.select(x),
          "[" + lazy.display() + " EXCEPT ![" + ValuePrinter.DEFAULT.print(arg) + "] = "
              + ValuePrinter.DEFAULT.print(v) + "]", false);
    }
    // Fast paths: updating values never changes a canonical representation.
    if (f instanceof TupleValue t) {
      if (arg instanceof IntValue iv && iv.val() >= 1 && iv.val() <= t.size()) {
        Value[] vals = t.toArray();
        vals[iv.val() - 1] = v;
        return new TupleValue(vals);
      }
      t.select(arg); // raises TLC's error for a non-integer argument
      return t;
    }
    if (f instanceof RecordValue r && arg instanceof StringValue sv) {
      int i = r.indexOf(sv.val());
      return i < 0 ? r : r.withValue(i, v);
    }
    if (f instanceof FcnRcdValue fr) {
      int i = fr.indexOf(arg);
      return i < 0 ? fr : fr.withValue(i, v);
    }
    int n = f.size();
    for (int i = 0; i < n; i++) {
      if (ValueEquality.equal(f.domainAt(i), arg)) {
        Value[] d = new Value[n];
        Value[] vals = new Value[n];
        for (int j = 0; j < n; j++) {
          d[j] = f.domainAt(j);
          vals[j] = f.valueAt(j);
        }
        vals[i] = v;
        return fromSortedDomain(d, vals);
      }
    }
    return f;
  }

  /** {@code d :> v}. */
  public static FunctionValue singleton(Value d, Value v) {
    return fromSortedDomain(new Value[] {d}, new Value[] {v});
  }

  /** {@code f @@ g}: f's values where defined, g's elsewhere. */
  public static FunctionValue merge(FunctionValue f, FunctionValue g) {
    List<Value> d = new ArrayList<>();
    List<Value> v = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      d.add(f.domainAt(i));
      v.add(f.valueAt(i));
    }
    for (int i = 0; i < g.size(); i++) {
      if (f.select(g.domainAt(i)) == null) {
        d.add(g.domainAt(i));
        v.add(g.valueAt(i));
      }
    }
    return of(d.toArray(new Value[0]), v.toArray(new Value[0]));
  }

  /** {@code Range(f)} of the Functions module: the set of f's values. */
  public static SetEnumValue range(FunctionValue f) {
    return SetEnumValue.of(values(f));
  }

  /** The values in domain order (for Range and serialisation). */
  public static Value[] values(FunctionValue f) {
    Value[] out = new Value[f.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.valueAt(i);
    }
    return out;
  }

  /** The domain elements in canonical order. */
  public static Value[] domainElements(FunctionValue f) {
    Value[] out = new Value[f.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.domainAt(i);
    }
    return out;
  }
}
