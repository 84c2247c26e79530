package specula.tla.eval.natives;

import specula.tla.eval.Ctx;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.InfiniteSetValue;
import specula.tla.eval.value.IntArith;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueEquality;
import specula.tla.syntax.Operators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bags and BagsExt. A bag is a function from its elements to positive counts; the library's definitions sum counts
 * through recursive functions over {@code SUBSET}, which is exponential, and SubBag ranges over the infinite
 * {@code [D -> Nat \ {0}]}: these compute the same values directly.
 */
public final class BagsNatives {
  private BagsNatives() {
  }

  public static void register(Registrar r) {
    r.put("Bags", "IsABag", (a, c) -> BoolValue.of(isABag(Args.fn(a, 0, "DOMAIN"))));
    r.put("Bags", "BagToSet", (a, c) -> Args.fn(a, 0, "DOMAIN").domain());
    r.put("Bags", "SetToBag", (a, c) -> setToBag(Args.set(a, 0, "SetToBag")));
    r.put("Bags", "BagIn", (a, c) -> BoolValue.of(Args.fn(a, 1, "DOMAIN").domain().contains(Args.value(a, 0))));
    r.put("Bags", "EmptyBag", (a, c) -> setToBag(SetEnumValue.EMPTY));
    r.put("Bags", "CopiesIn", (a, c) -> copiesIn(Args.value(a, 0), Args.fn(a, 1, "DOMAIN")));
    r.put("Bags", Operators.canonical("(+)"), (a, c) -> plus(Args.fn(a, 0, "DOMAIN"), Args.fn(a, 1, "DOMAIN")));
    r.put("Bags", Operators.canonical("(-)"), (a, c) -> minus(Args.fn(a, 0, "DOMAIN"), Args.fn(a, 1, "DOMAIN")));
    r.put("Bags", "BagUnion", (a, c) -> bagUnion(Args.set(a, 0, "BagUnion")));
    r.put("Bags", Operators.canonical("\\sqsubseteq"), (a, c) -> BoolValue.of(subBag(Args.fn(a, 0, "DOMAIN"),
        Args.fn(a, 1, "DOMAIN"))));
    r.put("Bags", "SubBag", (a, c) -> subBags(Args.fn(a, 0, "DOMAIN")));
    r.put("Bags", "BagOfAll", BagsNatives::bagOfAll);
    r.put("Bags", "BagCardinality", (a, c) -> bagCardinality(Args.fn(a, 0, "DOMAIN")));
    r.put("BagsExt", "BagAdd", (a, c) -> bagAdd(Args.fn(a, 0, "DOMAIN"), Args.value(a, 1)));
    r.put("BagsExt", "BagRemove", (a, c) -> bagRemove(Args.fn(a, 0, "DOMAIN"), Args.value(a, 1)));
    r.put("BagsExt", "BagRemoveAll", (a, c) -> without(Args.fn(a, 0, "DOMAIN"), Args.value(a, 1)));
  }

  private static boolean isABag(FunctionValue b) {
    for (int i = 0; i < b.size(); i++) {
      // membership in {n \in Nat : n > 0}: Nat's error for values that are not numbers
      if (!InfiniteSetValue.NAT.contains(b.valueAt(i)) || ((IntValue) b.valueAt(i)).val() <= 0) {
        return false;
      }
    }
    return true;
  }

  private static FunctionValue setToBag(SetValue s) {
    Value[] ones = new Value[s.size()];
    Arrays.fill(ones, IntValue.ONE);
    return FcnOps.over(s, ones);
  }

  private static Value copiesIn(Value e, FunctionValue b) {
    return b.domain().contains(e) ? b.apply(e) : IntValue.ZERO;
  }

  private static IntValue count(Value v) {
    if (v instanceof IntValue n) {
      return n;
    }
    throw IntArith.argument("first", "+", "integer", v);
  }

  private static FunctionValue plus(FunctionValue b1, FunctionValue b2) {
    Map<Value, IntValue> out = new LinkedHashMap<>();
    for (FunctionValue b : List.of(b1, b2)) {
      for (int i = 0; i < b.size(); i++) {
        IntValue prev = out.get(b.domainAt(i));
        IntValue n = count(b.valueAt(i));
        out.put(b.domainAt(i), prev == null ? n : IntArith.add(prev, n));
      }
    }
    return function(out);
  }

  private static FunctionValue minus(FunctionValue b1, FunctionValue b2) {
    Map<Value, IntValue> out = new LinkedHashMap<>();
    for (int i = 0; i < b1.size(); i++) {
      IntValue n = count(b1.valueAt(i));
      IntValue other = count(copiesIn(b1.domainAt(i), b2));
      if (n.val() > other.val()) {
        out.put(b1.domainAt(i), IntArith.sub(n, other));
      }
    }
    return function(out);
  }

  private static FunctionValue bagUnion(SetValue bags) {
    Map<Value, IntValue> out = new LinkedHashMap<>();
    for (Value v : bags) {
      FunctionValue b = Args.fn(new Object[] {v}, 0, "DOMAIN");
      for (int i = 0; i < b.size(); i++) {
        IntValue prev = out.get(b.domainAt(i));
        IntValue n = count(b.valueAt(i));
        out.put(b.domainAt(i), prev == null ? n : IntArith.add(prev, n));
      }
    }
    return function(out);
  }

  private static boolean subBag(FunctionValue b1, FunctionValue b2) {
    for (int i = 0; i < b1.size(); i++) {
      Value x = b1.domainAt(i);
      if (!b2.domain().contains(x) || count(b1.valueAt(i)).val() > count(b2.apply(x)).val()) {
        return false;
      }
    }
    return true;
  }

  /** Every bag A with A \sqsubseteq B: each element of B kept 0..B[x] times. */
  private static SetValue subBags(FunctionValue b) {
    int n = b.size();
    int[] max = new int[n];
    for (int i = 0; i < n; i++) {
      max[i] = Math.max(0, count(b.valueAt(i)).val());
    }
    List<Value> out = new ArrayList<>();
    int[] k = new int[n];
    while (true) {
      Map<Value, IntValue> m = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        if (k[i] > 0) {
          m.put(b.domainAt(i), IntValue.of(k[i]));
        }
      }
      out.add(function(m));
      int i = 0;
      while (i < n && k[i] == max[i]) {
        k[i++] = 0;
      }
      if (i == n) {
        return SetEnumValue.of(out);
      }
      k[i]++;
    }
  }

  private static Value bagOfAll(Object[] a, Ctx c) {
    FunctionValue b = Args.fn(a, 1, "DOMAIN");
    List<Value> images = new ArrayList<>();
    List<IntValue> counts = new ArrayList<>();
    for (int i = 0; i < b.size(); i++) {
      Value y = Args.call(a, 0, c, b.domainAt(i));
      int at = indexOf(images, y);
      IntValue n = count(b.valueAt(i));
      if (at < 0) {
        images.add(y);
        counts.add(n);
      } else {
        counts.set(at, IntArith.add(counts.get(at), n));
      }
    }
    return FcnOps.of(images.toArray(new Value[0]), counts.toArray(new Value[0]));
  }

  /** Position of y among values compared with TLA+ equality (TLC's errors for incomparable values). */
  private static int indexOf(List<Value> values, Value y) {
    for (int i = 0; i < values.size(); i++) {
      if (ValueEquality.equal(values.get(i), y)) {
        return i;
      }
    }
    return -1;
  }

  private static IntValue bagCardinality(FunctionValue b) {
    long sum = 0;
    for (int i = 0; i < b.size(); i++) {
      sum += count(b.valueAt(i)).val();
    }
    return IntValue.ofChecked(sum, "+");
  }

  private static FunctionValue bagAdd(FunctionValue b, Value x) {
    Value prev = b.domain().contains(x) ? b.apply(x) : null;
    return prev == null ? FcnOps.merge(FcnOps.singleton(x, IntValue.ONE), b)
        : FcnOps.except(b, x, IntArith.add(count(prev), IntValue.ONE));
  }

  private static FunctionValue bagRemove(FunctionValue b, Value x) {
    if (!b.domain().contains(x)) {
      return b;
    }
    Value n = b.apply(x);
    if (ValueEquality.equal(n, IntValue.ONE)) {
      return without(b, x);
    }
    return FcnOps.except(b, x, IntArith.sub(count(n), IntValue.ONE));
  }

  private static FunctionValue without(FunctionValue b, Value x) {
    Map<Value, Value> out = new LinkedHashMap<>();
    for (int i = 0; i < b.size(); i++) {
      if (!ValueEquality.equal(b.domainAt(i), x)) {
        out.put(b.domainAt(i), b.valueAt(i));
      }
    }
    return function(out);
  }

  private static FunctionValue function(Map<Value, ? extends Value> m) {
    return FcnOps.of(m.keySet().toArray(new Value[0]), m.values().toArray(new Value[0]));
  }
}
