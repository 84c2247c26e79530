package specula.tla.eval.value;

import java.util.ArrayList;
import java.util.List;

/** Set operators the evaluator calls: \cup, \cap, \, \subseteq, Cardinality, UNION, SUBSET, Permutations. */
public final class SetOps {
  private SetOps() {
  }

  public static SetValue union(SetValue a, SetValue b) {
    if (a.isEnumerable() && b.isEnumerable()) {
      return merge(Sets.enumerate(a), Sets.enumerate(b));
    }
    return new MembershipSetValue(ValuePrinter.DEFAULT.print(a) + " \\cup " + ValuePrinter.DEFAULT.print(b),
        v -> a.contains(v) || b.contains(v));
  }

  private static SetEnumValue merge(Value[] x, Value[] y) {
    Value[] out = new Value[x.length + y.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.length && j < y.length) {
      int c = ValueOrder.compare(x[i], y[j]);
      if (c < 0) {
        out[n++] = x[i++];
      } else if (c > 0) {
        out[n++] = y[j++];
      } else {
        out[n++] = x[i++];
        j++;
      }
    }
    while (i < x.length) {
      out[n++] = x[i++];
    }
    while (j < y.length) {
      out[n++] = y[j++];
    }
    return SetEnumValue.fromSorted(n == out.length ? out : java.util.Arrays.copyOf(out, n));
  }

  public static SetValue intersect(SetValue a, SetValue b) {
    if (a.isEnumerable()) {
      return filter(a, b, true);
    }
    if (b.isEnumerable()) {
      return filter(b, a, true);
    }
    return new MembershipSetValue(ValuePrinter.DEFAULT.print(a) + " \\cap " + ValuePrinter.DEFAULT.print(b),
        v -> a.contains(v) && b.contains(v));
  }

  public static SetValue difference(SetValue a, SetValue b) {
    if (a.isEnumerable()) {
      return filter(a, b, false);
    }
    return new MembershipSetValue(ValuePrinter.DEFAULT.print(a) + " \\ " + ValuePrinter.DEFAULT.print(b),
        v -> a.contains(v) && !b.contains(v));
  }

  private static SetEnumValue filter(SetValue src, SetValue test, boolean keepMembers) {
    List<Value> out = new ArrayList<>();
    for (Value v : src) {
      if (test.contains(v) == keepMembers) {
        out.add(v);
      }
    }
    return SetEnumValue.fromSorted(out.toArray(new Value[0]));
  }

  /** {@code a \subseteq b}; TLC needs {@code a} enumerable. */
  public static boolean isSubset(SetValue a, SetValue b) {
    if (!a.isEnumerable()) {
      if (a == b || a instanceof InfiniteSetValue ia && b instanceof InfiniteSetValue ib
          && ia.which() == InfiniteSetValue.Kind.NAT && ib.which() == InfiniteSetValue.Kind.INT) {
        return true;
      }
      throw new ValueException(ValueException.Kind.NOT_ENUMERABLE,
          "Attempted to evaluate an expression of the form S \\subseteq T, but S was not enumerable.");
    }
    for (Value v : a) {
      if (!b.contains(v)) {
        return false;
      }
    }
    return true;
  }

  public static int cardinality(SetValue s) {
    return s.size();
  }

  /**
   * {@code UNION s}: s must be a finite set of finite sets. Each member is canonical already, so when each one's
   * elements all follow the previous one's (e.g. {@code UNION {[1..n -> S] : n \in 1..4}}, whose members hold
   * functions of growing domain size) the union is their concatenation, checked with one comparison per member;
   * otherwise the elements are sorted once.
   */
  public static SetValue unionAll(SetValue s) {
    List<Value[]> runs = new ArrayList<>();
    int total = 0;
    for (Value v : s) {
      if (!(v instanceof SetValue inner)) {
        throw new ValueException(ValueException.Kind.WRONG_TYPE,
            "Attempted to apply UNION to the non-set value\n" + ValuePrinter.DEFAULT.print(v));
      }
      Value[] run = Sets.elements(inner);
      if (run.length > 0) {
        runs.add(run);
        total += run.length;
      }
    }
    if (runs.isEmpty()) {
      return SetEnumValue.EMPTY;
    }
    if (runs.size() == 1) {
      return SetEnumValue.fromSorted(runs.get(0));
    }
    Value[] all = new Value[total];
    int n = 0;
    boolean ascending = true;
    for (Value[] run : runs) {
      if (ascending && n > 0 && ValueOrder.compare(all[n - 1], run[0]) >= 0) {
        ascending = false;
      }
      System.arraycopy(run, 0, all, n, run.length);
      n += run.length;
    }
    return ascending ? SetEnumValue.fromSorted(all) : SetEnumValue.of(all);
  }

  /** {@code {x \in s : p(x)}} for an enumerable s (the evaluator wraps non-enumerable ones lazily). */
  public static SetEnumValue filter(SetValue s, java.util.function.Predicate<Value> p) {
    List<Value> out = new ArrayList<>();
    for (Value v : s) {
      if (p.test(v)) {
        out.add(v);
      }
    }
    return SetEnumValue.fromSorted(out.toArray(new Value[0]));
  }

  /** {@code {f(x) : x \in s}}. */
  public static SetEnumValue map(SetValue s, java.util.function.UnaryOperator<Value> f) {
    List<Value> out = new ArrayList<>();
    for (Value v : s) {
      out.add(f.apply(v));
    }
    return SetEnumValue.of(out);
  }

  /**
   * {@code CHOOSE x \in s : p(x)}: the first satisfying element in canonical order, so the result depends only
   * on the set, never on how it is represented; TLC's error when none satisfies p.
   */
  public static Value choose(SetValue s, java.util.function.Predicate<Value> p) {
    for (Value v : s) {
      if (p.test(v)) {
        return v;
      }
    }
    throw new ValueException(ValueException.Kind.ARGUMENT, "Attempted to compute the value of an expression of "
        + "form\nCHOOSE x \\in S: P, but no element of S satisfied P.");
  }

  public static SubsetValue powerset(SetValue s) {
    return new SubsetValue(s);
  }

  /** TLC's {@code Permutations(S)}: all bijections S -> S, in canonical order. */
  public static SetEnumValue permutations(SetValue s) {
    Value[] elems = Sets.enumerate(s);
    int n = elems.length;
    List<Value> out = new ArrayList<>();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    while (true) {
      Value[] vals = new Value[n];
      for (int i = 0; i < n; i++) {
        vals[i] = elems[perm[i]];
      }
      out.add(FcnOps.fromSortedDomain(elems.clone(), vals));
      if (!nextPermutation(perm)) {
        break;
      }
    }
    // Lexicographic index permutations over a sorted base are already in canonical order.
    return SetEnumValue.fromSorted(out.toArray(new Value[0]));
  }

  private static boolean nextPermutation(int[] p) {
    int i = p.length - 2;
    while (i >= 0 && p[i] >= p[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = p.length - 1;
    while (p[j] <= p[i]) {
      j--;
    }
    int t = p[i];
    p[i] = p[j];
    p[j] = t;
    for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
      t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
    return true;
  }
}
