package specula.tla.eval.natives;

import specula.tla.eval.Ctx;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.IntArith;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetOps;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds and the FiniteSetsExt operators built on them. The library folds with a recursive function over
 * {@code SUBSET S}; {@code MapThenFoldSet(op, base, f, choose, S)} is {@code op(f(x1), op(f(x2), ... base))} where
 * x1 = choose(S), x2 = choose(S \ {x1}), ...; with {@code CHOOSE x \in T : TRUE} as choose that is the set's
 * canonical order, so the common folds need no calls to choose.
 */
public final class FoldNatives {
  private FoldNatives() {
  }

  public static void register(Registrar r) {
    r.put("Folds", "MapThenFoldSet", FoldNatives::mapThenFoldSet);
    r.put("FiniteSetsExt", "FoldSet", (a, c) -> fold(a, 0, Args.value(a, 1), elements(a, 2, "FoldSet"), c));
    r.put("FiniteSetsExt", "ReduceSet", (a, c) -> fold(a, 0, Args.value(a, 2), elements(a, 1, "ReduceSet"), c));
    r.put("FiniteSetsExt", "ProductSet", (a, c) -> {
      Value[] xs = elements(a, 0, "ProductSet");
      IntValue acc = IntValue.ONE;
      for (int i = xs.length - 1; i >= 0; i--) {
        acc = IntArith.mul(integer(xs[i], "*"), acc);
      }
      return acc;
    });
    r.put("FiniteSetsExt", "MapThenSumSet", (a, c) -> {
      Value[] xs = elements(a, 1, "MapThenSumSet");
      IntValue acc = IntValue.ZERO;
      for (int i = xs.length - 1; i >= 0; i--) {
        acc = IntArith.add(integer(Args.call(a, 0, c, xs[i]), "+"), acc);
      }
      return acc;
    });
    r.put("FiniteSetsExt", "SymDiff", (a, c) -> {
      SetValue x = Args.set(a, 0, "\\");
      SetValue y = Args.set(a, 1, "\\");
      return SetOps.union(SetOps.difference(x, y), SetOps.difference(y, x));
    });
    r.put("FiniteSetsExt", "Quantify", (a, c) -> {
      int n = 0;
      for (Value x : Args.set(a, 0, "Cardinality")) {
        n += Args.test(a, 1, c, x) ? 1 : 0;
      }
      return IntValue.of(n);
    });
    r.put("FiniteSetsExt", "kSubset", (a, c) -> kSubsets(Args.integer(a, 0, "first", "="),
        elements(a, 1, "SUBSET")));
    r.put("FiniteSetsExt", "ChooseUnique", FoldNatives::chooseUnique);
    r.put("Functions", "FoldFunction", (a, c) -> {
      FunctionValue f = Args.fn(a, 2, "DOMAIN");
      return fold(a, 0, Args.value(a, 1), valuesAt(f, f.domain().toEnum().toArray()), c);
    });
    r.put("Functions", "FoldFunctionOnSet", (a, c) -> {
      FunctionValue f = Args.fn(a, 2, "FoldFunctionOnSet");
      return fold(a, 0, Args.value(a, 1), valuesAt(f, elements(a, 3, "FoldFunctionOnSet")), c);
    });
  }

  private static Value[] elements(Object[] a, int i, String op) {
    return Args.set(a, i, op).toEnum().toArray();
  }

  private static Value[] valuesAt(FunctionValue f, Value[] indices) {
    Value[] out = new Value[indices.length];
    for (int i = 0; i < indices.length; i++) {
      out[i] = f.apply(indices[i]);
    }
    return out;
  }

  private static IntValue integer(Value v, String op) {
    if (v instanceof IntValue n) {
      return n;
    }
    throw IntArith.argument("first", op, "integer", v);
  }

  /** {@code op(xs[0], op(xs[1], ... op(xs[n-1], base)))}. */
  private static Value fold(Object[] a, int op, Value base, Value[] xs, Ctx c) {
    return SequencesExtNatives.foldRight(a, op, xs, base, c);
  }

  private static Value mapThenFoldSet(Object[] a, Ctx c) {
    SetEnumValue rest = Args.set(a, 4, "SUBSET").toEnum();
    List<Value> mapped = new ArrayList<>();
    while (rest.size() > 0) {
      Value x = Args.call(a, 3, c, rest);
      if (!rest.contains(x)) {
        // the definition would recurse on the same set forever
        throw new ValueException(ValueException.Kind.ARGUMENT, "MapThenFoldSet: the choose operator returned a value"
            + " that is not in the set it was given.");
      }
      mapped.add(Args.call(a, 2, c, x));
      rest = SetOps.difference(rest, SetEnumValue.of(x)).toEnum();
    }
    return fold(a, 0, Args.value(a, 1), mapped.toArray(new Value[0]), c);
  }

  private static SetValue kSubsets(int k, Value[] xs) {
    List<Value> out = new ArrayList<>();
    if (k >= 0 && k <= xs.length) {
      combine(xs, k, 0, new ArrayList<>(), out);
    }
    return SetEnumValue.of(out);
  }

  private static void combine(Value[] xs, int k, int from, List<Value> chosen, List<Value> out) {
    if (chosen.size() == k) {
      out.add(SetEnumValue.of(chosen));
      return;
    }
    for (int i = from; i <= xs.length - (k - chosen.size()); i++) {
      chosen.add(xs[i]);
      combine(xs, k, i + 1, chosen, out);
      chosen.remove(chosen.size() - 1);
    }
  }

  private static Value chooseUnique(Object[] a, Ctx c) {
    Value found = null;
    int count = 0;
    for (Value x : Args.set(a, 0, "CHOOSE")) {
      if (Args.test(a, 1, c, x)) {
        found = count == 0 ? x : found;
        count++;
      }
    }
    if (count != 1) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "Attempted to compute the value of an expression of "
          + "form\nCHOOSE x \\in S: P, but no element of S satisfied P.");
    }
    return found;
  }
}
