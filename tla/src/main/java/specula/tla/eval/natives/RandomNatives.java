package specula.tla.eval.natives;

import specula.tla.eval.Ctx;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueEquality;
import specula.tla.eval.value.ValueException;
import specula.tla.eval.value.ValuePrinter;

import java.util.ArrayList;
import java.util.List;

/**
 * Randomization and TLCExt. The library's texts of the random operators are placeholders (a CHOOSE, so one fixed
 * value); these draw from the run's seeded generator as TLC does, within the set the placeholder describes.
 */
public final class RandomNatives {
  private RandomNatives() {
  }

  public static void register(Registrar r) {
    r.put("Randomization", "RandomSubset", (a, c) -> randomSubset(Args.integer(a, 0, "first", "RandomSubset"),
        Args.set(a, 1, "RandomSubset"), c));
    r.put("Randomization", "RandomSetOfSubsets", (a, c) -> randomSetOfSubsets(a, c));
    r.put("Randomization", "TestRandomSetOfSubsets", (a, c) -> {
      Value[] sizes = new Value[5];
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = IntValue.of(((SetValue) randomSetOfSubsets(a, c)).size());
      }
      return TupleValue.of(sizes);
    });
    r.put("TLCExt", "AssertEq", (a, c) -> {
      Value x = Args.value(a, 0);
      Value y = Args.value(a, 1);
      if (ValueEquality.equal(x, y)) {
        return BoolValue.TRUE;
      }
      c.services.print("\"Assertion failed\"");
      c.services.print(ValuePrinter.DEFAULT.print(x));
      c.services.print(ValuePrinter.DEFAULT.print(y));
      return BoolValue.FALSE;
    });
    // The definition is an unbounded CHOOSE (TLC's error); TLC's own implementation gives the model value.
    r.put("TLCExt", "TLCModelValue", (a, c) -> {
      if (Args.value(a, 0) instanceof StringValue s) {
        return ModelValue.of(s.val());
      }
      throw new ValueException(ValueException.Kind.ARGUMENT, "TLCModelValue expects a string, not "
          + ValuePrinter.DEFAULT.print(Args.value(a, 0)));
    });
  }

  /** A uniformly drawn k-element subset; TLC's error when there is none (the definition's CHOOSE fails). */
  private static SetValue randomSubset(int k, SetValue s, Ctx c) {
    Value[] xs = s.toEnum().toArray();
    if (k < 0 || k > xs.length) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "RandomSubset: the first argument " + k
          + " must be in 0.." + xs.length + ", the cardinality of the set.");
    }
    for (int i = 0; i < k; i++) {
      int j = i + c.services.nextInt(xs.length - i);
      Value t = xs[i];
      xs[i] = xs[j];
      xs[j] = t;
    }
    List<Value> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      out.add(xs[i]);
    }
    return SetEnumValue.of(out);
  }

  /**
   * {@code RandomSetOfSubsets(k, n, S)}: k draws of a subset of S that holds each element with probability
   * n / |S|; equal draws collapse, so the set has at most k elements.
   */
  private static Value randomSetOfSubsets(Object[] a, Ctx c) {
    int k = Args.integer(a, 0, "first", "RandomSetOfSubsets");
    int n = Args.integer(a, 1, "second", "RandomSetOfSubsets");
    Value[] xs = Args.set(a, 2, "RandomSetOfSubsets").toEnum().toArray();
    if (k < 0) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "RandomSetOfSubsets: the first argument " + k
          + " must be a natural number.");
    }
    if (n < 0 || n > xs.length) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "RandomSetOfSubsets: the second argument " + n
          + " must be in 0.." + xs.length + ", the cardinality of the set.");
    }
    List<Value> draws = new ArrayList<>(k);
    for (int d = 0; d < k; d++) {
      List<Value> subset = new ArrayList<>();
      for (Value x : xs) {
        if (c.services.nextInt(xs.length) < n) {
          subset.add(x);
        }
      }
      draws.add(SetEnumValue.of(subset));
    }
    return SetEnumValue.of(draws);
  }
}
