package specula.tla.conformance;

import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;
import specula.tla.check.ModelChecker;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.semantic.ModuleSource;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code CheckBenchmark [--corpus DIR] [--budget SECONDS] [MODEL.cfg ...]}: checks a fixed set of corpus models with 1
 * and 2 workers and prints distinct states per second next to TLC's figure from {@code tlc-baseline.json}, the
 * single-worker rate per CPU second of the process (less disturbed by a busy machine than wall time), the peak heap
 * and the peak heap per distinct state (an upper bound on the bytes kept per seen state, queue and garbage
 * included). Run it on an otherwise idle machine; ratios are what matter.
 */
public final class CheckBenchmark {
  /** Models of a few seconds for TLC, of different shapes (records, sequences, sets of messages, instances). */
  static final List<String> DEFAULT_MODELS = List.of(
      "Disruptor/Disruptor_MPMC.cfg",
      "ewd998/EWD998PCal.cfg",
      "SlushProtocol/SlushSmall.cfg",
      "lamport_mutex/MCLamportMutex.cfg",
      "Paxos/MCPaxos.cfg");

  private CheckBenchmark() {
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) {
    Path corpus = ProjectRoot.corpus().orElse(null);
    long budget = 60;
    List<String> models = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--budget" -> budget = Long.parseLong(args[++i]);
        default -> models.add(args[i]);
      }
    }
    if (corpus == null || !Files.exists(corpus.resolve("tlc-baseline.json"))) {
      System.err.println("no corpus with tlc-baseline.json: pass --corpus DIR");
      System.exit(2);
    }
    if (models.isEmpty()) {
      models = DEFAULT_MODELS;
    }
    Map<String, Object> baseline = (Map<String, Object>) ((Map<String, Object>) Json.parse(
        Corpus.read(corpus.resolve("tlc-baseline.json")))).get("models");
    Map<String, CheckConformance.Case> cases = new java.util.HashMap<>();
    for (CheckConformance.Case c : CheckConformance.cases(corpus)) {
      cases.put(c.cfg(), c);
    }
    System.out.printf("%-45s %8s %10s %10s %10s %11s %9s %8s%n", "model", "distinct", "TLC ds/s", "1w ds/s",
        "2w ds/s", "1w ds/cpu-s", "heap MB", "B/state");
    for (String m : models) {
      CheckConformance.Case c = cases.get(m);
      if (c == null) {
        System.out.println(m + ": not an exhaustive-search model of the corpus");
        continue;
      }
      Map<String, Object> b = (Map<String, Object>) baseline.get(m);
      double tlc = b == null ? Double.NaN : ((Number) b.get("tlc_distinct_per_sec")).doubleValue();
      resetPeaks();
      long cpu0 = processCpuNanos();
      CheckResult one = run(corpus, c, 1, budget);
      double cpuRate = one.distinct() / Math.max(1e-9, (processCpuNanos() - cpu0) / 1e9);
      long peak = peakHeapBytes();
      CheckResult two = run(corpus, c, 2, budget);
      System.out.printf("%-45s %8d %10.0f %10.0f %10.0f %11.0f %9d %8d%s%n", m, one.distinct(), tlc, rate(one),
          rate(two), cpuRate, peak >> 20, one.distinct() == 0 ? 0 : peak / one.distinct(), note(one, two));
    }
  }

  private static CheckResult run(Path corpus, CheckConformance.Case c, int workers, long budget) {
    Path examples = corpus.resolve("examples");
    Path tla = examples.resolve(c.module());
    Path cfg = examples.resolve(c.cfg());
    try {
      ModuleSource src = CheckConformance.chain(tla.getParent(), cfg.getParent());
      return new ModelChecker(tla.getFileName().toString().replaceFirst("\\.tla$", ""), src,
          ConfigParser.parse(cfg), CheckOptions.defaults().withWorkers(workers)
          .withTimeout(Duration.ofSeconds(budget))).run();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String note(CheckResult one, CheckResult two) {
    if (one.outcome() != two.outcome()) {
      return "  (1w " + one.outcome() + ", 2w " + two.outcome() + " " + two.distinct() + ")";
    }
    return one.distinct() == two.distinct() ? "" : "  (counts differ: " + two.distinct() + ")";
  }

  private static double rate(CheckResult r) {
    double s = r.elapsed().toNanos() / 1e9;
    return s <= 0 ? 0 : r.distinct() / s;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  /** CPU time of the whole process (all threads, GC included); 0 where the JVM cannot tell. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
