package specula.tla.eval.value;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Benchmark of symmetry reduction on a Paxos-like state (a set of message records naming replicas and values,
 * plus per-replica functions) under Permutations(Replicas) x Permutations(Values), 144 elements: the
 * image-building reference ({@link Symmetry#canonicalFingerprint}) against {@link PermutationGroup}. Figures are
 * reductions per CPU second of the measuring thread; compare builds on the same machine.
 *
 * <pre>java -cp tla/target/classes specula.tla.eval.value.SymmetryBenchmark [millisPerCase]</pre>
 */
public final class SymmetryBenchmark {
  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private final long millis;

  private SymmetryBenchmark(long millis) {
    this.millis = millis;
  }

  public static void main(String[] args) {
    long millis = args.length > 0 ? Long.parseLong(args[0]) : 2000;
    new SymmetryBenchmark(Math.max(100, millis / 5)).all(false);
    new SymmetryBenchmark(millis).all(true);
  }

  private void all(boolean print) {
    List<ModelValue> replicas = models("r1", "r2", "r3", "r4");
    List<ModelValue> values = models("v1", "v2", "v3");
    List<Map<ModelValue, Value>> group = new ArrayList<>();
    for (Map<ModelValue, Value> p : Symmetry.asMaps(SetOps.permutations(SetEnumValue.of(replicas)))) {
      for (Map<ModelValue, Value> q : Symmetry.asMaps(SetOps.permutations(SetEnumValue.of(values)))) {
        Map<ModelValue, Value> m = new HashMap<>(p);
        m.putAll(q);
        group.add(m);
      }
    }
    PermutationGroup fast = PermutationGroup.of(group);
    for (int msgs : new int[] {4, 16}) {
      Value[] state = paxosState(replicas, values, msgs);
      case_(print, "reference, " + msgs + " messages", () -> Symmetry.canonicalFingerprint(state, group));
      case_(print, "PermutationGroup, " + msgs + " messages", () -> fast.canonicalFingerprint(state));
    }
  }

  /** Messages [type, bal, acc, val] with varied senders, and per-replica ballots and votes. */
  private static Value[] paxosState(List<ModelValue> replicas, List<ModelValue> values, int msgs) {
    Value[] names = {StringValue.of("acc"), StringValue.of("bal"), StringValue.of("type"), StringValue.of("val")};
    List<Value> sent = new ArrayList<>();
    for (int i = 0; i < msgs; i++) {
      sent.add(FcnOps.of(names.clone(), new Value[] {replicas.get(i % replicas.size()), IntValue.of(i % 3),
          StringValue.of(i % 2 == 0 ? "1b" : "2b"), values.get((i / 4) % values.size())}));
    }
    Value[] dom = replicas.toArray(new Value[0]);
    Value[] bals = new Value[dom.length];
    Value[] votes = new Value[dom.length];
    for (int i = 0; i < dom.length; i++) {
      bals[i] = IntValue.of(i % 2);
      votes[i] = i == 0 ? SetEnumValue.EMPTY : SetEnumValue.of(values.get(i % values.size()));
    }
    return new Value[] {SetEnumValue.of(sent), FcnOps.of(dom.clone(), bals), FcnOps.of(dom.clone(), votes)};
  }

  private static List<ModelValue> models(String... names) {
    List<ModelValue> out = new ArrayList<>();
    for (String n : names) {
      out.add(ModelValue.of(n));
    }
    return out;
  }

  private void case_(boolean print, String name, LongSupplier op) {
    long sink = 0;
    long ops = 0;
    long start = cpu.getCurrentThreadCpuTime();
    long end = start + millis * 1_000_000L;
    long now;
    do {
      for (int i = 0; i < 16; i++) {
        sink += op.getAsLong();
      }
      ops += 16;
      now = cpu.getCurrentThreadCpuTime();
    } while (now < end);
    if (print) {
      double perSecond = ops / ((now - start) / 1e9);
      System.out.printf(Locale.ROOT, "%-36s %12.0f reductions/s  (%d)%n", name, perSecond, sink & 1);
    }
  }
}
