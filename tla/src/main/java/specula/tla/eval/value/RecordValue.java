package specula.tla.eval.value;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record {@code [a |-> 1, b |-> 2]}: the function from a non-empty set of strings. Fields are kept in string
 * order (canonical); printing can follow another order (TLC prints in the order identifiers first appear in the
 * spec), see {@link ValuePrinter}.
 */
public final class RecordValue implements FunctionValue {
  private final StringValue[] names;
  private final Value[] values;
  private long fp;

  /** Takes ownership; names must be sorted, distinct and non-empty. */
  RecordValue(StringValue[] names, Value[] values) {
    this.names = names;
    this.values = values;
  }

  /** A record from field names in any order (duplicates rejected as in TLC). */
  public static FunctionValue of(Map<String, ? extends Value> fields) {
    Value[] dom = new Value[fields.size()];
    Value[] vals = new Value[fields.size()];
    int i = 0;
    for (Map.Entry<String, ? extends Value> e : fields.entrySet()) {
      dom[i] = StringValue.of(e.getKey());
      vals[i++] = e.getValue();
    }
    return FcnOps.of(dom, vals);
  }

  /** Convenience: {@code of("a", v1, "b", v2, ...)}. */
  public static FunctionValue of(Object... namesAndValues) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
    }
    return of(m);
  }

  public String name(int i) {
    return names[i].val();
  }

  /** The field's value, or null when absent. */
  public Value field(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /** True when both records share one field-name array (EXCEPT and record sets keep it): equal domains. */
  boolean sharesFieldsWith(RecordValue other) {
    return names == other.names;
  }

  /** The same record with field {@code i} set to {@code v}. */
  RecordValue withValue(int i, Value v) {
    Value[] vals = values.clone();
    vals[i] = v;
    return new RecordValue(names, vals);
  }

  int indexOf(String name) {
    int lo = 0;
    int hi = names.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = names[mid].val().compareTo(name);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public Value domainAt(int i) {
    return names[i];
  }

  @Override
  public Value valueAt(int i) {
    return values[i];
  }

  @Override
  public Value select(Value arg) {
    if (arg instanceof StringValue s) {
      return field(s.val());
    }
    if (arg instanceof ModelValue m) {
      Sets.modelValueMember(m, domain());
      return null;
    }
    throw new ValueException(ValueException.Kind.NOT_IN_DOMAIN,
        "Attempted to apply record to a non-string value " + ValuePrinter.DEFAULT.print(arg) + ".");
  }

  @Override
  public Value apply(Value arg) {
    Value r = select(arg);
    if (r == null) {
      throw new ValueException(ValueException.Kind.NOT_IN_DOMAIN, "Attempted to apply record:\n"
          + ValuePrinter.DEFAULT.print(this) + "\nto nonexistent record field "
          + (arg instanceof StringValue s ? s.val() : ValuePrinter.DEFAULT.print(arg)) + ".");
    }
    return r;
  }

  @Override
  public SetValue domain() {
    return SetEnumValue.fromSorted(Arrays.copyOf(names, names.length, Value[].class));
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
