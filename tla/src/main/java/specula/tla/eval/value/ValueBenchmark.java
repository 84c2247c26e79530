package specula.tla.eval.value;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Micro-benchmark of the value operations a model checker repeats per state: set literals, membership in
 * enumerated sets and function sets, function application, equality and fingerprints of fresh composites.
 * Figures are operations per CPU second of the measuring thread, so a busy machine disturbs them less than wall
 * time would; compare builds on the same machine.
 *
 * <pre>java -cp tla/target/classes specula.tla.eval.value.ValueBenchmark [millisPerCase]</pre>
 */
public final class ValueBenchmark {
  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private final long millis;

  private ValueBenchmark(long millis) {
    this.millis = millis;
  }

  public static void main(String[] args) {
    long millis = args.length > 0 ? Long.parseLong(args[0]) : 1500;
    new ValueBenchmark(Math.max(100, millis / 5)).all(false);
    new ValueBenchmark(millis).all(true);
  }

  private void all(boolean print) {
    Value[] labels = strings("ncs", "e1", "e2", "e3", "e4", "w1", "w2", "cs", "exit");
    case_(print, "set literal of 9 strings", () -> SetEnumValue.of(labels).size());
    Value[] ints = {IntValue.of(3), IntValue.of(1), IntValue.of(2)};
    case_(print, "set literal of 3 ints", () -> SetEnumValue.of(ints).size());
    SetEnumValue labelSet = SetEnumValue.of(labels);
    Value w2 = StringValue.of("w2");
    case_(print, "string \\in 9-element set", () -> labelSet.contains(w2) ? 1 : 0);

    SetValue procs = Values.interval(1, 3);
    FcnSetValue fcnSet = new FcnSetValue(procs, labelSet);
    TupleValue pc = TupleValue.of(StringValue.of("cs"), StringValue.of("e1"), StringValue.of("w2"));
    case_(print, "tuple \\in [1..3 -> labels]", () -> fcnSet.contains(pc) ? 1 : 0);
    FcnSetValue subsets = new FcnSetValue(procs, SetOps.powerset(procs));
    TupleValue unchecked = TupleValue.of(SetEnumValue.of(IntValue.of(2)), SetEnumValue.EMPTY,
        SetEnumValue.of(IntValue.of(1), IntValue.of(2)));
    case_(print, "tuple \\in [1..3 -> SUBSET 1..3]", () -> subsets.contains(unchecked) ? 1 : 0);

    Value[] dom = new Value[8];
    Value[] vals = new Value[8];
    for (int i = 0; i < 8; i++) {
      dom[i] = IntValue.of(i);
      vals[i] = IntValue.of(i * i);
    }
    FunctionValue f = FcnOps.of(dom, vals);
    Value five = IntValue.of(5);
    case_(print, "f[5], f over 0..7", () -> ((IntValue) f.apply(five)).val());

    SetEnumValue a = SetEnumValue.of(IntValue.of(1), IntValue.of(2), IntValue.of(3));
    SetEnumValue b = SetEnumValue.of(IntValue.of(3), IntValue.of(2), IntValue.of(1));
    case_(print, "{1,2,3} = {1,2,3} (distinct objects)", () -> ValueEquality.equal(a, b) ? 1 : 0);

    Value[] row = {IntValue.of(0), BoolValue.TRUE, SetEnumValue.of(IntValue.of(1)), IntValue.of(2), IntValue.of(1),
        StringValue.of("e2")};
    int[] k = {0};
    case_(print, "fingerprint of a fresh 6-field record", () -> {
      row[0] = IntValue.of(k[0]++ & 1023);
      return RecordValue.of("num", row[0], "flag", row[1], "unchecked", row[2], "max", row[3], "nxt", row[4],
          "pc", row[5]).fingerprint();
    });
    case_(print, "fingerprint of a fresh 3-tuple of sets", () -> TupleValue.of(SetEnumValue.of(IntValue.of(k[0]++
        & 7)), SetEnumValue.EMPTY, a).fingerprint());
  }

  private static Value[] strings(String... s) {
    Value[] out = new Value[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = StringValue.of(s[i]);
    }
    return out;
  }

  /** Runs {@code op} for about {@code millis} of CPU time and prints operations per CPU second. */
  private void case_(boolean print, String name, LongSupplier op) {
    long sink = 0;
    long ops = 0;
    long budget = millis * 1_000_000L;
    long t0 = cpu.getCurrentThreadCpuTime();
    long used;
    do {
      for (int i = 0; i < 1000; i++) {
        sink += op.getAsLong();
      }
      ops += 1000;
      used = cpu.getCurrentThreadCpuTime() - t0;
    } while (used < budget);
    if (print) {
      System.out.printf(Locale.ROOT, "%-42s %12.0f ops/cpu-s%s%n", name, ops / (used / 1e9),
          sink == 42 ? " " : "");
    }
  }
}
