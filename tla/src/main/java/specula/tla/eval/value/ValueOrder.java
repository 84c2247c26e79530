package specula.tla.eval.value;

/**
 * TLC's total order on values (its {@code compareTo}): booleans FALSE &lt; TRUE, integers numerically, strings
 * as Java strings, model values by name and before any non-model value, sets by size then element-wise in
 * canonical order, functions by domain size, then domain elements, then values. Comparing values of different
 * kinds raises TLC's "Attempted to compare ..." errors.
 */
public final class ValueOrder {
  private ValueOrder() {
  }

  public static int compare(Value a, Value b) {
    if (a == b) {
      return 0;
    }
    // Same-class fast paths first: set normalisation and domain lookups compare mostly ints and strings.
    if (a instanceof IntValue ia && b instanceof IntValue ib) {
      return Integer.compare(ia.val(), ib.val());
    }
    if (a instanceof StringValue sa && b instanceof StringValue sb) {
      return sa.val().compareTo(sb.val());
    }
    if (a instanceof ModelValue ma) {
      if (b instanceof ModelValue mb) {
        return ma.name().compareTo(mb.name());
      }
      if (ma.isTyped()) {
        throw typedModelCompare(ma, b);
      }
      return -1;
    }
    if (b instanceof ModelValue mb) {
      if (mb.isTyped()) {
        throw typedModelCompare(mb, a);
      }
      return 1;
    }
    if (a instanceof IntValue ia) {
      if (b instanceof IntValue ib) {
        return Integer.compare(ia.val(), ib.val());
      }
      throw fail("Attempted to compare integer " + p(a) + " with non-integer:\n" + p(b));
    }
    if (a instanceof StringValue sa) {
      if (b instanceof StringValue sb) {
        return sa.val().compareTo(sb.val());
      }
      throw fail("Attempted to compare string " + p(a) + " with non-string:\n" + p(b));
    }
    if (a instanceof BoolValue ba) {
      if (b instanceof BoolValue bb) {
        return Boolean.compare(ba.val(), bb.val());
      }
      throw fail("Attempted to compare boolean " + p(a) + " with non-boolean:\n" + p(b));
    }
    if (a instanceof SetValue sa) {
      if (b instanceof SetValue sb) {
        return compareSets(sa, sb);
      }
      throw fail("Attempted to compare the set " + p(a) + " with the value:\n" + p(b));
    }
    FunctionValue fa = (FunctionValue) a;
    if (b instanceof FunctionValue fb) {
      return compareFunctions(fa, fb);
    }
    if (a instanceof RecordValue) {
      throw fail("Attempted to compare record:\n" + p(a) + "\nwith non-record\n" + p(b));
    }
    throw fail("Attempted to compare the function " + p(a) + " with the value:\n" + p(b));
  }

  private static int compareSets(SetValue a, SetValue b) {
    if (a instanceof SetEnumValue ea && b instanceof SetEnumValue eb) {
      int n = ea.size();
      int c = Integer.compare(n, eb.size());
      for (int i = 0; i < n && c == 0; i++) {
        c = compare(ea.get(i), eb.get(i));
      }
      return c;
    }
    if (a instanceof IntervalValue ia && b instanceof IntervalValue ib) {
      int c = Integer.compare(ia.size(), ib.size());
      return c != 0 || ia.size() == 0 ? c : Integer.compare(ia.lo(), ib.lo());
    }
    if (!a.isEnumerable() || !b.isEnumerable()) {
      if (a.equals(b)) {
        return 0;
      }
      throw fail("Attempted to compare the set " + p(a) + " with the value:\n" + p(b));
    }
    int c = Integer.compare(a.size(), b.size());
    if (c != 0) {
      return c;
    }
    var ia = a.iterator();
    var ib = b.iterator();
    while (ia.hasNext()) {
      c = compare(ia.next(), ib.next());
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int compareFunctions(FunctionValue a, FunctionValue b) {
    int n = a.size();
    int c = Integer.compare(n, b.size());
    if (c != 0) {
      return c;
    }
    if (!FcnOps.sameDomainArray(a, b)) {
      for (int i = 0; i < n; i++) {
        c = compare(a.domainAt(i), b.domainAt(i));
        if (c != 0) {
          return c;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      c = compare(a.valueAt(i), b.valueAt(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static ValueException typedModelCompare(ModelValue m, Value other) {
    return fail("Attempted to compare the typed model value " + m.name() + " and the non-model value\n" + p(other));
  }

  private static ValueException fail(String msg) {
    return new ValueException(ValueException.Kind.COMPARE, msg);
  }

  private static String p(Value v) {
    return ValuePrinter.DEFAULT.print(v);
  }
}
