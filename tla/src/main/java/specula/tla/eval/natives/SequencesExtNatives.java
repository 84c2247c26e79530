package specula.tla.eval.natives;

import specula.tla.eval.Ctx;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.SeqOps;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueEquality;
import specula.tla.eval.value.ValueException;
import specula.tla.eval.value.ValuePrinter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SequencesExt. Each follows its definition step by step where the definition is built from Sequences operators
 * (SubSeq, \o, Len), so index errors are the same; folds follow the order MapThenFoldSet gives them.
 */
public final class SequencesExtNatives {
  private static final String M = "SequencesExt";

  private SequencesExtNatives() {
  }

  public static void register(Registrar r) {
    // CHOOSE over [1..n -> S] meets the injective functions in TLC's order first: the sorted enumeration.
    r.put(M, "SetToSeq", (a, c) -> TupleValue.of(Args.set(a, 0, "Cardinality").toEnum().toArray()));
    r.put(M, "SetToSortSeq", (a, c) -> sort(Args.set(a, 0, "Cardinality").toEnum().toArray(), a, 1, c));
    r.put(M, "Reverse", (a, c) -> reverse(seq(a, 0)));
    r.put(M, "Remove", (a, c) -> SeqOps.selectSeq(Args.value(a, 0), x -> !ValueEquality.equal(x, Args.value(a, 1))));
    r.put(M, "ReplaceAll", (a, c) -> replaceAll(seq(a, 0), Args.value(a, 1), Args.value(a, 2)));
    r.put(M, "InsertAt", (a, c) -> {
      Value s = Args.value(a, 0);
      int i = Args.integer(a, 1, "second", "SubSeq");
      return SeqOps.concat(SeqOps.concat(SeqOps.subSeq(s, 1, i - 1), TupleValue.of(Args.value(a, 2))),
          SeqOps.subSeq(s, i, SeqOps.len(s)));
    });
    r.put(M, "RemoveAt", (a, c) -> {
      Value s = Args.value(a, 0);
      int i = Args.integer(a, 1, "second", "SubSeq");
      return SeqOps.concat(SeqOps.subSeq(s, 1, i - 1), SeqOps.subSeq(s, i + 1, SeqOps.len(s)));
    });
    r.put(M, "Cons", (a, c) -> SeqOps.concat(TupleValue.of(Args.value(a, 0)), Args.value(a, 1)));
    r.put(M, "Front", (a, c) -> SeqOps.subSeq(Args.value(a, 0), 1, SeqOps.len(Args.value(a, 0)) - 1));
    r.put(M, "Last", (a, c) -> last(Args.value(a, 0)));
    r.put(M, "IsPrefix", (a, c) -> BoolValue.of(isPrefix(Args.value(a, 0), Args.value(a, 1))));
    r.put(M, "IsSuffix", (a, c) -> BoolValue.of(isPrefix(reverse(seq(a, 0)), reverse(seq(a, 1)))));
    r.put(M, "IsStrictPrefix", (a, c) -> BoolValue.of(isPrefix(Args.value(a, 0), Args.value(a, 1))
        && !ValueEquality.equal(Args.value(a, 0), Args.value(a, 1))));
    r.put(M, "IsStrictSuffix", (a, c) -> BoolValue.of(isPrefix(reverse(seq(a, 0)), reverse(seq(a, 1)))
        && !ValueEquality.equal(Args.value(a, 0), Args.value(a, 1))));
    r.put(M, "SelectInSeq", (a, c) -> IntValue.of(select(seq(a, 0), a, 1, c, true)));
    r.put(M, "SelectLastInSeq", (a, c) -> IntValue.of(select(seq(a, 0), a, 1, c, false)));
    r.put(M, "RemoveFirst", (a, c) -> {
      TupleValue s = seq(a, 0);
      Value e = Args.value(a, 1);
      int found = 0;
      for (int i = 0; i < s.size(); i++) {
        // every element is compared, as the definition's SelectInSeq does (same errors for incomparable values)
        if (ValueEquality.equal(s.valueAt(i), e) && found == 0) {
          found = i + 1;
        }
      }
      return found == 0 ? s : removeAt(s, found);
    });
    r.put(M, "RemoveFirstMatch", (a, c) -> {
      TupleValue s = seq(a, 0);
      int i = select(s, a, 1, c, true);
      return i == 0 ? s : removeAt(s, i);
    });
    r.put(M, "ToBag", (a, c) -> toBag(seq(a, 0)));
    r.put(M, "Contains", (a, c) -> BoolValue.of(contains(seq(a, 0), Args.value(a, 1))));
    r.put(M, "FlattenSeq", (a, c) -> flatten(seq(a, 0)));
    r.put(M, "Zip", (a, c) -> zip(seq(a, 0), seq(a, 1)));
    r.put(M, "FoldLeft", (a, c) -> {
      Value acc = Args.value(a, 1);
      for (Value x : seq(a, 2).toArray()) {
        acc = Args.call(a, 0, c, acc, x);
      }
      return acc;
    });
    r.put(M, "FoldRight", (a, c) -> foldRight(a, 0, seq(a, 1).toArray(), Args.value(a, 2), c));
    r.put(M, "FoldSeq", (a, c) -> foldRight(a, 0, seq(a, 2).toArray(), Args.value(a, 1), c));
  }

  /** Len's error for what is not a sequence (the definitions start with Len or DOMAIN). */
  private static TupleValue seq(Object[] a, int i) {
    return Args.seq(a, i, "first", "Len");
  }

  static Value foldRight(Object[] a, int op, Value[] xs, Value base, Ctx c) {
    Value acc = base;
    for (int i = xs.length - 1; i >= 0; i--) {
      acc = Args.call(a, op, c, xs[i], acc);
    }
    return acc;
  }

  private static TupleValue sort(Value[] xs, Object[] a, int less, Ctx c) {
    Value[] out = xs.clone();
    Arrays.sort(out, (x, y) -> Args.test(a, less, c, x, y) ? -1 : Args.test(a, less, c, y, x) ? 1 : 0);
    return TupleValue.of(out);
  }

  private static TupleValue reverse(TupleValue s) {
    Value[] xs = s.toArray();
    Value[] out = new Value[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = xs[xs.length - 1 - i];
    }
    return TupleValue.of(out);
  }

  private static TupleValue replaceAll(TupleValue s, Value old, Value by) {
    Value[] out = s.toArray();
    for (int i = 0; i < out.length; i++) {
      if (ValueEquality.equal(out[i], old)) {
        out[i] = by;
      }
    }
    return TupleValue.of(out);
  }

  /**
   * The first (or last) 1-based index whose element passes the test, 0 when none does; the test is applied to every
   * element, as the definition's set of hits does.
   */
  private static int select(TupleValue s, Object[] a, int test, Ctx c, boolean first) {
    int found = 0;
    for (int i = 0; i < s.size(); i++) {
      if (Args.test(a, test, c, s.valueAt(i)) && (found == 0 || !first)) {
        found = i + 1;
      }
    }
    return found;
  }

  private static Value removeAt(TupleValue s, int i) {
    return SeqOps.concat(SeqOps.subSeq(s, 1, i - 1), SeqOps.subSeq(s, i + 1, s.size()));
  }

  private static FunctionValue toBag(TupleValue s) {
    java.util.Map<Value, Integer> counts = new java.util.LinkedHashMap<>();
    for (Value x : s.toArray()) {
      counts.merge(x, 1, Integer::sum);
    }
    Value[] dom = counts.keySet().toArray(new Value[0]);
    Value[] vals = counts.values().stream().map(IntValue::of).toArray(Value[]::new);
    return specula.tla.eval.value.FcnOps.of(dom, vals);
  }

  private static Value last(Value s) {
    int n = SeqOps.len(s);
    if (s instanceof FunctionValue f) {
      return f.apply(IntValue.of(n));
    }
    throw new ValueException(ValueException.Kind.WRONG_TYPE, "A non-function (" + ValuePrinter.DEFAULT.print(s)
        + ") was applied as a function.");
  }

  private static boolean isPrefix(Value s, Value t) {
    int n = SeqOps.len(s);
    return n <= SeqOps.len(t) && ValueEquality.equal(s, SeqOps.subSeq(t, 1, n));
  }

  private static boolean contains(TupleValue s, Value e) {
    for (Value x : s.toArray()) {
      if (ValueEquality.equal(x, e)) {
        return true;
      }
    }
    return false;
  }

  private static Value flatten(TupleValue seqs) {
    if (seqs.size() == 0) {
      return seqs;
    }
    Value acc = seqs.valueAt(0);
    for (int i = 1; i < seqs.size(); i++) {
      acc = SeqOps.concat(acc, seqs.valueAt(i));
    }
    return acc;
  }

  private static TupleValue zip(TupleValue s, TupleValue t) {
    int n = Math.min(s.size(), t.size());
    List<Value> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(TupleValue.of(s.valueAt(i), t.valueAt(i)));
    }
    return TupleValue.of(out);
  }
}
