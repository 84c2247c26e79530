package specula.tla.eval.natives;

import specula.tla.eval.Ctx;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueEquality;
import specula.tla.eval.value.ValueException;

import java.util.ArrayList;
import java.util.List;

/**
 * Functions. Injection, Surjection and Bijection are built directly instead of filtering all of {@code [S -> T]};
 * Inverse keeps the definition's CHOOSE: the first x of S (in canonical order) with f[x] = y.
 */
public final class FunctionsNatives {
  private static final String M = "Functions";

  private FunctionsNatives() {
  }

  public static void register(Registrar r) {
    r.put(M, "Restrict", (a, c) -> restrict(Args.fn(a, 0, "Restrict"), Args.set(a, 1, "Restrict")));
    r.put(M, "RestrictDomain", (a, c) -> restrictBy(a, c, false));
    r.put(M, "RestrictValues", (a, c) -> restrictBy(a, c, true));
    r.put(M, "IsRestriction", (a, c) -> BoolValue.of(isRestriction(Args.fn(a, 0, "DOMAIN"), Args.fn(a, 1, "DOMAIN"))));
    r.put(M, "Pointwise", (a, c) -> {
      FunctionValue f = Args.fn(a, 0, "DOMAIN");
      FunctionValue g = Args.fn(a, 1, "Pointwise");
      Value[] out = new Value[f.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = Args.call(a, 2, c, f.valueAt(i), g.apply(f.domainAt(i)));
      }
      return FcnOps.over(f.domain(), out);
    });
    r.put(M, "Inverse", (a, c) -> inverse(Args.fn(a, 0, "Inverse"), Args.set(a, 1, "CHOOSE"), Args.set(a, 2, "Inverse")));
    r.put(M, "AntiFunction", (a, c) -> {
      FunctionValue f = Args.fn(a, 0, "DOMAIN");
      return inverse(f, f.domain(), FcnOps.range(f));
    });
    r.put(M, "IsInjective", (a, c) -> BoolValue.of(isInjective(Args.fn(a, 0, "DOMAIN"))));
    r.put(M, "Injection", (a, c) -> injections(Args.set(a, 0, "Injection"), Args.set(a, 1, "Injection")));
    r.put(M, "Surjection", (a, c) -> surjections(Args.set(a, 0, "Surjection"), Args.set(a, 1, "Surjection")));
    r.put(M, "Bijection", (a, c) -> {
      SetValue s = Args.set(a, 0, "Bijection");
      SetValue t = Args.set(a, 1, "Bijection");
      return s.size() == t.size() ? injections(s, t) : SetEnumValue.EMPTY;
    });
    r.put(M, "ExistsInjection", (a, c) -> BoolValue.of(
        Args.set(a, 0, "Injection").size() <= Args.set(a, 1, "Injection").size()));
    r.put(M, "ExistsSurjection", (a, c) -> {
      int s = Args.set(a, 0, "Surjection").size();
      int t = Args.set(a, 1, "Surjection").size();
      return BoolValue.of(t == 0 ? s == 0 : s >= t);
    });
    r.put(M, "ExistsBijection", (a, c) -> BoolValue.of(
        Args.set(a, 0, "Bijection").size() == Args.set(a, 1, "Bijection").size()));
  }

  private static FunctionValue restrict(FunctionValue f, SetValue s) {
    Value[] xs = s.toEnum().toArray();
    Value[] out = new Value[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = f.apply(xs[i]);
    }
    return FcnOps.over(s, out);
  }

  private static FunctionValue restrictBy(Object[] a, Ctx c, boolean byValue) {
    FunctionValue f = Args.fn(a, 0, "DOMAIN");
    List<Value> dom = new ArrayList<>();
    List<Value> vals = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      if (Args.test(a, 1, c, byValue ? f.valueAt(i) : f.domainAt(i))) {
        dom.add(f.domainAt(i));
        vals.add(f.valueAt(i));
      }
    }
    return FcnOps.of(dom.toArray(new Value[0]), vals.toArray(new Value[0]));
  }

  private static boolean isRestriction(FunctionValue narrow, FunctionValue wide) {
    SetValue wd = wide.domain();
    for (int i = 0; i < narrow.size(); i++) {
      if (!wd.contains(narrow.domainAt(i))) {
        return false;
      }
    }
    for (int i = 0; i < narrow.size(); i++) {
      if (!ValueEquality.equal(narrow.valueAt(i), wide.apply(narrow.domainAt(i)))) {
        return false;
      }
    }
    return true;
  }

  private static FunctionValue inverse(FunctionValue f, SetValue s, SetValue t) {
    SetValue range = FcnOps.range(f);
    Value[] ys = t.toEnum().toArray();
    Value[] out = new Value[ys.length];
    for (int i = 0; i < ys.length; i++) {
      out[i] = chooseSource(f, s, ys[i], range.contains(ys[i]));
    }
    return FcnOps.over(t, out);
  }

  /** {@code CHOOSE x \in S : y \in Range(f) => f[x] = y}. */
  private static Value chooseSource(FunctionValue f, SetValue s, Value y, boolean inRange) {
    for (Value x : s) {
      if (!inRange || ValueEquality.equal(f.apply(x), y)) {
        return x;
      }
    }
    throw new ValueException(ValueException.Kind.ARGUMENT, "Attempted to compute the value of an expression of "
        + "form\nCHOOSE x \\in S: P, but no element of S satisfied P.");
  }

  /** Compares every pair, as the definition does (so values TLC cannot compare fail the same way). */
  private static boolean isInjective(FunctionValue f) {
    for (int i = 0; i < f.size(); i++) {
      for (int j = i + 1; j < f.size(); j++) {
        if (ValueEquality.equal(f.valueAt(i), f.valueAt(j))) {
          return false;
        }
      }
    }
    return true;
  }

  private static SetValue injections(SetValue s, SetValue t) {
    Value[] dom = s.toEnum().toArray();
    Value[] codom = t.toEnum().toArray();
    List<Value> out = new ArrayList<>();
    if (dom.length <= codom.length) {
      assign(dom, codom, 0, new Value[dom.length], new boolean[codom.length], out, s);
    }
    return SetEnumValue.of(out);
  }

  private static void assign(Value[] dom, Value[] codom, int i, Value[] vals, boolean[] used, List<Value> out,
                             SetValue s) {
    if (i == dom.length) {
      out.add(FcnOps.over(s, vals.clone()));
      return;
    }
    for (int j = 0; j < codom.length; j++) {
      if (!used[j]) {
        used[j] = true;
        vals[i] = codom[j];
        assign(dom, codom, i + 1, vals, used, out, s);
        used[j] = false;
      }
    }
  }

  /** Every function S -> T that reaches each element of T (all of [S -> T] visited once, no set built). */
  private static SetValue surjections(SetValue s, SetValue t) {
    Value[] dom = s.toEnum().toArray();
    Value[] codom = t.toEnum().toArray();
    List<Value> out = new ArrayList<>();
    if (codom.length == 0 ? dom.length == 0 : dom.length >= codom.length) {
      int[] k = new int[dom.length];
      while (true) {
        int[] hits = new int[codom.length];
        int covered = 0;
        for (int x : k) {
          covered += hits[x]++ == 0 ? 1 : 0;
        }
        if (covered == codom.length) {
          Value[] vals = new Value[dom.length];
          for (int i = 0; i < vals.length; i++) {
            vals[i] = codom[k[i]];
          }
          out.add(FcnOps.over(s, vals));
        }
        int i = 0;
        while (i < k.length && k[i] == codom.length - 1) {
          k[i++] = 0;
        }
        if (i == k.length) {
          break;
        }
        k[i]++;
      }
    }
    return SetEnumValue.of(out);
  }
}
