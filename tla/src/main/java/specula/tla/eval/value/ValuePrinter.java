package specula.tla.eval.value;

import java.util.Comparator;

/**
 * Prints values as TLC does in traces and {@code Print}: {@code {1, 2}}, {@code <<1, "a">>},
 * {@code [a |-> 1, b |-> 2]}, {@code (1 :> "a" @@ 2 :> "b")}, {@code 1..3}, strings quoted with TLC's escapes,
 * model values bare. TLC orders record fields by the first appearance of the field name in the spec; the
 * evaluator can pass that order as {@code fieldOrder} (the default is string order).
 */
public final class ValuePrinter {
  public static final ValuePrinter DEFAULT = new ValuePrinter(null);

  private final Comparator<String> fieldOrder;

  public ValuePrinter(Comparator<String> fieldOrder) {
    this.fieldOrder = fieldOrder;
  }

  public String print(Value v) {
    StringBuilder sb = new StringBuilder();
    print(v, sb);
    return sb.toString();
  }

  public void print(Value v, StringBuilder sb) {
    if (v instanceof BoolValue b) {
      sb.append(b.val() ? "TRUE" : "FALSE");
    } else if (v instanceof IntValue i) {
      sb.append(i.val());
    } else if (v instanceof StringValue s) {
      quote(s.val(), sb);
    } else if (v instanceof ModelValue m) {
      sb.append(m.name());
    } else if (v instanceof SetValue s) {
      printSet(s, sb);
    } else {
      printFunction((FunctionValue) v, sb);
    }
  }

  /** TLC's string escapes: quote, backslash, tab, newline, form feed, carriage return. */
  public static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\f' -> sb.append("\\f");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    sb.append('"');
  }

  private void printSet(SetValue s, StringBuilder sb) {
    if (s instanceof IntervalValue iv) {
      if (iv.size() == 0) {
        sb.append("{}");
      } else {
        sb.append(iv.lo()).append("..").append(iv.hi());
      }
    } else if (s instanceof SetEnumValue e) {
      sb.append('{');
      for (int i = 0; i < e.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        print(e.get(i), sb);
      }
      sb.append('}');
    } else if (s instanceof SubsetValue sub) {
      sb.append("SUBSET ");
      print(sub.base(), sb);
    } else if (s instanceof FcnSetValue fs) {
      sb.append('[');
      print(fs.domain(), sb);
      sb.append(" -> ");
      print(fs.range(), sb);
      sb.append(']');
    } else if (s instanceof RecordSetValue rs) {
      sb.append('[');
      for (int i = 0; i < rs.fieldCount(); i++) {
        sb.append(i > 0 ? ", " : "").append(rs.name(i)).append(" : ");
        print(rs.fieldSet(i), sb);
      }
      sb.append(']');
    } else if (s instanceof ProductSetValue ps) {
      var fs = ps.factors();
      for (int i = 0; i < fs.size(); i++) {
        sb.append(i > 0 ? " \\X " : "");
        print(fs.get(i), sb);
      }
    } else if (s instanceof SeqSetValue q) {
      sb.append("Seq(");
      print(q.elementSet(), sb);
      sb.append(')');
    } else if (s instanceof InfiniteSetValue inf) {
      sb.append(inf.which().display());
    } else if (s.isEnumerable()) {
      print(s.toEnum(), sb);
    } else {
      sb.append(((MembershipSetValue) s).display());
    }
  }

  /** Field indices of {@code r} in printing order. */
  int[] fieldOrder(RecordValue r) {
    Integer[] order = new Integer[r.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (fieldOrder != null) {
      java.util.Arrays.sort(order, (a, b) -> fieldOrder.compare(r.name(a), r.name(b)));
    }
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
    return out;
  }

  private void printFunction(FunctionValue f, StringBuilder sb) {
    if (f instanceof LazyFunctionValue lazy) {
      if (lazy.isMaterializable()) {
        printFunction(lazy.materialize(), sb);
      } else {
        sb.append(lazy.display());
      }
    } else if (f instanceof TupleValue t) {
      sb.append("<<");
      for (int i = 0; i < t.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        print(t.valueAt(i), sb);
      }
      sb.append(">>");
    } else if (f instanceof RecordValue r) {
      int[] order = fieldOrder(r);
      sb.append('[');
      for (int k = 0; k < order.length; k++) {
        int i = order[k];
        sb.append(k > 0 ? ", " : "").append(r.name(i)).append(" |-> ");
        print(r.valueAt(i), sb);
      }
      sb.append(']');
    } else {
      sb.append('(');
      for (int i = 0; i < f.size(); i++) {
        sb.append(i > 0 ? " @@ " : "");
        print(f.domainAt(i), sb);
        sb.append(" :> ");
        print(f.valueAt(i), sb);
      }
      sb.append(')');
    }
  }
}
