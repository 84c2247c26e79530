package specula.tla.eval.value;

import java.util.Arrays;

/** The Sequences operators on tuples, with TLC's argument errors. */
public final class SeqOps {
  private SeqOps() {
  }

  /** The value as a sequence, or TLC's "should be a sequence" error for {@code op}'s {@code position} argument. */
  public static TupleValue asSeq(Value v, String position, String op) {
    if (v instanceof TupleValue t) {
      return t;
    }
    throw IntArith.argument(position, op, "sequence", v);
  }

  public static int len(Value s) {
    if (s instanceof StringValue str) {
      return str.val().length(); // TLC: a string is a sequence of characters
    }
    return asSeq(s, "first", "Len").size();
  }

  public static TupleValue append(Value s, Value e) {
    TupleValue t = asSeq(s, "first", "Append");
    Value[] out = Arrays.copyOf(t.toArray(), t.size() + 1);
    out[t.size()] = e;
    return new TupleValue(out);
  }

  public static Value head(Value s) {
    TupleValue t = asSeq(s, "first", "Head");
    if (t.size() == 0) {
      throw emptySeq("Head");
    }
    return t.valueAt(0);
  }

  public static TupleValue tail(Value s) {
    TupleValue t = asSeq(s, "first", "Tail");
    if (t.size() == 0) {
      throw emptySeq("Tail");
    }
    return TupleValue.of(Arrays.copyOfRange(t.toArray(), 1, t.size()));
  }

  /** {@code s \o t}. */
  public static Value concat(Value s, Value t) {
    if (s instanceof StringValue a && t instanceof StringValue b) {
      return StringValue.of(a.val() + b.val()); // TLC concatenates strings
    }
    TupleValue a = asSeq(s, "first", "\\o");
    TupleValue b = asSeq(t, "second", "\\o");
    Value[] out = Arrays.copyOf(a.toArray(), a.size() + b.size());
    for (int i = 0; i < b.size(); i++) {
      out[a.size() + i] = b.valueAt(i);
    }
    return TupleValue.of(out);
  }

  /** {@code SubSeq(s, m, n)}: empty when m &gt; n; otherwise 1 &lt;= m, n &lt;= Len(s). */
  public static TupleValue subSeq(Value s, int m, int n) {
    TupleValue t = asSeq(s, "first", "SubSeq");
    if (m > n) {
      return TupleValue.EMPTY;
    }
    if (m < 1 || m > t.size()) {
      throw IntArith.argument("second", "SubSeq", "natural number in 1.." + t.size(), IntValue.of(m));
    }
    if (n > t.size()) {
      throw IntArith.argument("third", "SubSeq", "natural number in 1.." + t.size(), IntValue.of(n));
    }
    return TupleValue.of(Arrays.copyOfRange(t.toArray(), m - 1, n));
  }

  /** {@code SelectSeq(s, test)}. */
  public static TupleValue selectSeq(Value s, java.util.function.Predicate<Value> test) {
    TupleValue t = asSeq(s, "first", "SelectSeq");
    java.util.List<Value> out = new java.util.ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (test.test(t.valueAt(i))) {
        out.add(t.valueAt(i));
      }
    }
    return TupleValue.of(out);
  }

  /** {@code Seq(s)}. */
  public static SeqSetValue seqSet(SetValue s) {
    return new SeqSetValue(s);
  }

  private static ValueException emptySeq(String op) {
    return new ValueException(ValueException.Kind.ARGUMENT, "Attempted to apply " + op + " to the empty sequence.");
  }
}
