package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.InfiniteSetValue;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.SeqOps;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetOps;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.eval.value.ValuePrinter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Java implementations of library operators, keyed by module and operator name. Operators not listed here are
 * evaluated from their TLA+ definitions in the library texts.
 */
public final class Natives {
  private final Map<String, NativeOp> ops = new HashMap<>();

  public Natives() {
    for (String op : List.of("+", "-", "*", "^", "<", ">", "<=", ">=", "%", "\\div", "..")) {
      put("Naturals", op, (a, c) -> CoreOps.apply(op, vals(a)));
    }
    put("Naturals", "Nat", (a, c) -> InfiniteSetValue.NAT);
    put("Integers", "Int", (a, c) -> InfiniteSetValue.INT);
    put("Integers", "-.", (a, c) -> CoreOps.apply("-.", vals(a)));
    put("Sequences", "Seq", (a, c) -> SeqOps.seqSet(CoreOps.set(v(a, 0), "Seq")));
    put("Sequences", "Len", (a, c) -> IntValue.of(SeqOps.len(v(a, 0))));
    // registered under the canonical spelling the loader looks up (\o is an alias of \circ)
    put("Sequences", specula.tla.syntax.Operators.canonical("\\o"), (a, c) -> SeqOps.concat(v(a, 0), v(a, 1)));
    put("Sequences", "Append", (a, c) -> SeqOps.append(v(a, 0), v(a, 1)));
    put("Sequences", "Head", (a, c) -> SeqOps.head(v(a, 0)));
    put("Sequences", "Tail", (a, c) -> SeqOps.tail(v(a, 0)));
    put("Sequences", "SubSeq", (a, c) -> SeqOps.subSeq(v(a, 0), CoreOps.num(v(a, 1), "second", "SubSeq").val(),
        CoreOps.num(v(a, 2), "third", "SubSeq").val()));
    put("Sequences", "SelectSeq", (a, c) -> SeqOps.selectSeq(v(a, 0), x -> test(a[1], c, x)));
    put("FiniteSets", "IsFiniteSet", (a, c) -> BoolValue.of(CoreOps.set(v(a, 0), "IsFiniteSet").isEnumerable()));
    put("FiniteSets", "Cardinality", (a, c) -> IntValue.of(SetOps.cardinality(CoreOps.set(v(a, 0),
        "Cardinality"))));
    tlc();
    io();
    put("FiniteSetsExt", "Max", (a, c) -> extreme(v(a, 0), true));
    put("FiniteSetsExt", "Min", (a, c) -> extreme(v(a, 0), false));
    put("FiniteSetsExt", "SumSet", (a, c) -> {
      long sum = 0;
      for (Value x : CoreOps.set(v(a, 0), "SumSet")) {
        sum += CoreOps.num(x, "first", "SumSet").val();
      }
      return IntValue.ofChecked(sum, "SumSet");
    });
    put("Functions", "Range", (a, c) -> FcnOps.range(CoreOps.fn(v(a, 0), "Range")));
    put("SequencesExt", "ToSet", (a, c) -> SetEnumValue.of(SeqOps.asSeq(v(a, 0), "first", "ToSet").toArray()));
    specula.tla.eval.natives.BagsNatives.register(this::put);
    specula.tla.eval.natives.SequencesExtNatives.register(this::put);
    specula.tla.eval.natives.FoldNatives.register(this::put);
    specula.tla.eval.natives.FunctionsNatives.register(this::put);
    specula.tla.eval.natives.RandomNatives.register(this::put);
    put("VectorClocks", "CausalOrder", (a, c) -> causalOrder(SeqOps.asSeq(v(a, 0), "first", "CausalOrder").toArray(),
        (OpClosure) a[1], c));
  }

  /**
   * A causal reordering of a log (the library's definition is a CHOOSE over all permutations): entry j must follow
   * entry i when i's vector clock happened before j's (clocks compared on the union of their domains, missing
   * entries being 0); among entries whose predecessors are all placed, the one with the smallest clock sum comes first,
   * then the earliest in the log (this tie-break gives TLC's distinct-state count on the EWD998ChanTrace example).
   */
  private static Value causalOrder(Value[] log, OpClosure clock, Ctx c) {
    int n = log.length;
    List<Map<Value, Integer>> clocks = new ArrayList<>(n);
    for (Value e : log) {
      FunctionValue f = CoreOps.fn(clock.apply(new Value[] {e}, c), "CausalOrder");
      Map<Value, Integer> m = new HashMap<>();
      Value[] dom = FcnOps.domainElements(f);
      Value[] vals = FcnOps.values(f);
      for (int k = 0; k < dom.length; k++) {
        m.put(dom[k], CoreOps.num(vals[k], "clock", "CausalOrder").val());
      }
      clocks.add(m);
    }
    List<List<Integer>> succ = new ArrayList<>(n);
    int[] indeg = new int[n];
    for (int i = 0; i < n; i++) {
      List<Integer> out = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (i != j && happenedBefore(clocks.get(i), clocks.get(j))) {
          out.add(j);
          indeg[j]++;
        }
      }
      succ.add(out);
    }
    int[] sum = new int[n];
    for (int i = 0; i < n; i++) {
      for (int x : clocks.get(i).values()) {
        sum[i] += x;
      }
    }
    java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>(
        java.util.Comparator.<Integer>comparingInt(i -> sum[i]).thenComparingInt(i -> i));
    for (int i = 0; i < n; i++) {
      if (indeg[i] == 0) {
        ready.add(i);
      }
    }
    Value[] out = new Value[n];
    int k = 0;
    while (!ready.isEmpty()) {
      int i = ready.poll();
      out[k++] = log[i];
      for (int j : succ.get(i)) {
        if (--indeg[j] == 0) {
          ready.add(j);
        }
      }
    }
    if (k != n) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "CausalOrder: the vector clocks are cyclic.");
    }
    return TupleValue.of(out);
  }

  private static boolean happenedBefore(Map<Value, Integer> x, Map<Value, Integer> y) {
    boolean strict = false;
    for (Map.Entry<Value, Integer> e : x.entrySet()) {
      int yv = y.getOrDefault(e.getKey(), 0);
      if (e.getValue() > yv) {
        return false;
      }
      strict |= e.getValue() < yv;
    }
    if (!strict) {
      for (Map.Entry<Value, Integer> e : y.entrySet()) {
        if (!x.containsKey(e.getKey()) && e.getValue() > 0) {
          return true;
        }
      }
    }
    return strict;
  }

  /** Json and IOUtils: files are resolved against the working directory, as TLC does. */
  private void io() {
    put("Json", "ToJson", (a, c) -> StringValue.of(specula.tla.check.itf.JsonWriter.compact(
        specula.tla.check.itf.TlaJson.toJson(v(a, 0)))));
    put("Json", "JsonSerialize", (a, c) -> file(() -> specula.tla.check.itf.TlaJson.serialize(path(a, 0), v(a, 1))));
    put("Json", "ndJsonSerialize", (a, c) -> file(() -> specula.tla.check.itf.TlaJson.ndSerialize(path(a, 0),
        v(a, 1))));
    put("Json", "JsonDeserialize", (a, c) -> read(() -> specula.tla.check.itf.TlaJson.deserialize(path(a, 0))));
    put("Json", "ndJsonDeserialize", (a, c) -> read(() -> specula.tla.check.itf.TlaJson.ndDeserialize(path(a, 0))));
    put("IOUtils", "IOEnv", (a, c) -> {
      Map<String, Value> fields = new java.util.TreeMap<>();
      c.services.environment().forEach((k, x) -> fields.put(k, StringValue.of(x)));
      return specula.tla.eval.value.RecordValue.of(fields);
    });
    put("IOUtils", "atoi", (a, c) -> {
      try {
        return IntValue.of(Integer.parseInt(((StringValue) v(a, 0)).val().trim()));
      } catch (RuntimeException e) {
        throw new ValueException(ValueException.Kind.ARGUMENT, "atoi: not an integer: " + v(a, 0));
      }
    });
  }

  private interface IoAction {
    void run() throws java.io.IOException;
  }

  private interface IoRead {
    Value run() throws java.io.IOException;
  }

  private static Value file(IoAction act) {
    try {
      act.run();
      return BoolValue.TRUE;
    } catch (java.io.IOException e) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "I/O error: " + e.getMessage());
    }
  }

  private static Value read(IoRead act) {
    try {
      return act.run();
    } catch (java.io.IOException e) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "I/O error: " + e.getMessage());
    }
  }

  private static java.nio.file.Path path(Object[] a, int i) {
    if (v(a, i) instanceof StringValue s) {
      return java.nio.file.Path.of(s.val());
    }
    throw new ValueException(ValueException.Kind.ARGUMENT, "A file name must be a string: " + v(a, i));
  }

  private void tlc() {
    put("TLC", "Print", (a, c) -> {
      c.services.print(ValuePrinter.DEFAULT.print(v(a, 0)) + "  " + ValuePrinter.DEFAULT.print(v(a, 1)));
      return v(a, 1);
    });
    put("TLC", "PrintT", (a, c) -> {
      c.services.print(ValuePrinter.DEFAULT.print(v(a, 0)));
      return BoolValue.TRUE;
    });
    put("TLC", "Assert", (a, c) -> {
      if (v(a, 0) == BoolValue.TRUE) {
        return BoolValue.TRUE;
      }
      Value msg = v(a, 1);
      throw new EvalException(EvalException.Kind.ASSERTION, "The first argument of Assert evaluated to FALSE; "
          + "the second argument was:\n" + (msg instanceof StringValue s ? s.val() : ValuePrinter.DEFAULT.print(msg)),
          null);
    });
    put("TLC", "JavaTime", (a, c) -> IntValue.of((int) (System.currentTimeMillis() / 1000)));
    put("TLC", "TLCGet", (a, c) -> tlcGet(v(a, 0), c));
    put("TLC", "TLCSet", (a, c) -> {
      c.services.setRegister(v(a, 0), v(a, 1));
      return BoolValue.TRUE;
    });
    put("TLC", ":>", (a, c) -> FcnOps.singleton(v(a, 0), v(a, 1)));
    put("TLC", "@@", (a, c) -> CoreOps.apply("@@", vals(a)));
    put("TLC", "Permutations", (a, c) -> SetOps.permutations(CoreOps.set(v(a, 0), "Permutations")));
    put("TLC", "SortSeq", (a, c) -> {
      Value[] xs = SeqOps.asSeq(v(a, 0), "first", "SortSeq").toArray().clone();
      OpClosure less = (OpClosure) a[1];
      Arrays.sort(xs, (x, y) -> test(less, c, x, y) ? -1 : test(less, c, y, x) ? 1 : 0);
      return TupleValue.of(xs);
    });
    put("TLC", "RandomElement", (a, c) -> {
      SetValue s = CoreOps.set(v(a, 0), "RandomElement");
      SetEnumValue e = s.toEnum();
      if (e.size() == 0) {
        throw new ValueException(ValueException.Kind.ARGUMENT,
            "Attempted to apply RandomElement to the empty set.");
      }
      return e.get(c.services.nextInt(e.size()));
    });
    put("TLC", "ToString", (a, c) -> StringValue.of(ValuePrinter.DEFAULT.print(v(a, 0))));
    put("TLC", "TLCEval", (a, c) -> v(a, 0));
    put("TLC", "Any", (a, c) -> {
      throw new ValueException(ValueException.Kind.ARGUMENT, "TLC does not support the value Any.");
    });
  }

  private static Value tlcGet(Value key, Ctx c) {
    if (key instanceof StringValue s) {
      if (s.val().equals("level")) {
        return IntValue.of(c.level);
      }
      Value stat = c.services.statistic(s.val());
      if (stat != null) {
        return stat;
      }
    }
    Value r = c.services.register(key);
    if (r == null) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "TLCGet(" + ValuePrinter.DEFAULT.print(key)
          + ") was undefined.");
    }
    return r;
  }

  private static Value extreme(Value s, boolean max) {
    Value best = null;
    for (Value x : CoreOps.set(s, max ? "Max" : "Min")) {
      int xv = CoreOps.num(x, "first", max ? "Max" : "Min").val();
      if (best == null || (max ? xv > ((IntValue) best).val() : xv < ((IntValue) best).val())) {
        best = x;
      }
    }
    if (best == null) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "Attempted to compute " + (max ? "Max" : "Min")
          + " of the empty set.");
    }
    return best;
  }

  private static boolean test(Object op, Ctx c, Value... args) {
    Value r = ((OpClosure) op).apply(args, c);
    if (r instanceof BoolValue b) {
      return b.val();
    }
    throw new ValueException(ValueException.Kind.WRONG_TYPE, "A non-boolean expression ("
        + ValuePrinter.DEFAULT.print(r) + ") was used as a formula.");
  }

  private static Value v(Object[] a, int i) {
    if (a[i] instanceof Value v) {
      return v;
    }
    throw new ValueException(ValueException.Kind.ARGUMENT, "An operator was passed where a value is expected.");
  }

  private static Value[] vals(Object[] a) {
    Value[] out = new Value[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = v(a, i);
    }
    return out;
  }

  private void put(String module, String name, NativeOp op) {
    ops.put(module + "." + name, op);
  }

  private Natives(Map<String, NativeOp> ops) {
    this.ops.putAll(ops);
  }

  /** These natives but {@code module.name} (any spelling of an operator symbol), which is then evaluated from its TLA+ definition (tests compare both). */
  public Natives without(String module, String name) {
    Natives copy = new Natives(ops);
    if (copy.ops.remove(module + "." + specula.tla.syntax.Operators.canonical(name)) == null) {
      throw new IllegalArgumentException("No native " + module + "." + name);
    }
    return copy;
  }

  /** The Java implementation of {@code module.name}, or null to use the TLA+ definition. */
  public NativeOp lookup(String module, String name) {
    return ops.get(module + "." + name);
  }

  static List<Value> list(FunctionValue f) {
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      out.add(f.valueAt(i));
    }
    return out;
  }
}
