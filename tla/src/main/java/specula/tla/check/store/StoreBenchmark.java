package specula.tla.check.store;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.RecordValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.Values;

/**
 * Micro-benchmark of the checker's storage. Prints fingerprint inserts/s with 1 and 2 threads, bytes per seen
 * state, and state-queue throughput in memory and with spilling.
 *
 * <pre>java -cp tla/target/classes specula.tla.check.store.StoreBenchmark [fingerprints] [queueStates]</pre>
 */
public final class StoreBenchmark {
  private final PrintStream out;

  public StoreBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    long fps = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int states = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    // Warm the JIT on small runs first so the figures measure compiled code.
    StoreBenchmark warm = new StoreBenchmark(new PrintStream(java.io.OutputStream.nullOutputStream()));
    warm.fingerprints(200_000, 2);
    warm.queue(100_000, 5_000);
    StoreBenchmark b = new StoreBenchmark(System.out);
    b.fingerprints(fps, 1);
    b.fingerprints(fps, 2);
    b.queue(states, Integer.MAX_VALUE);
    b.queue(states, Math.max(2, states / 20));
    b.trace(fps);
  }

  void fingerprints(long n, int threads) throws InterruptedException {
    FingerprintSet set = new FingerprintSet();
    AtomicLong added = new AtomicLong();
    List<Thread> ts = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      long seed = t;
      ts.add(new Thread(() -> {
        // Each thread inserts n/threads fresh fingerprints plus the same amount of duplicates of its own.
        SplittableRandom r = new SplittableRandom(seed * 7919 + 1);
        long mine = n / threads;
        long local = 0;
        for (long i = 0; i < mine; i++) {
          long fp = r.nextLong();
          if (set.putIfAbsent(fp)) {
            local++;
          }
          set.putIfAbsent(fp);
        }
        added.addAndGet(local);
      }));
    }
    ts.forEach(Thread::start);
    for (Thread t : ts) {
      t.join();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    out.printf("fpset  threads=%d  distinct=%,d  lookups=%,d  %.2fs  %,.0f lookups/s  %.1f bytes/state"
            + "  occupancy=%.2f%n", threads, set.size(), 2 * added.get(), secs, 2 * added.get() / secs,
        (double) set.bytes() / set.size(), set.occupancy());
  }

  void queue(int n, int budget) throws Exception {
    Path dir = Files.createTempDirectory("specula-bench-queue");
    Value[] proto = sampleState();
    try (SpillingQueue<QueuedState> q = new SpillingQueue<>(QueuedState.CODEC, budget, dir)) {
      long t0 = System.nanoTime();
      List<QueuedState> batch = new ArrayList<>();
      long taken = 0;
      for (int i = 0; i < n; i++) {
        Value[] vars = proto.clone();
        vars[0] = Values.integer(i);
        q.add(new QueuedState(vars, i, i, 1));
        if ((i & 3) == 3) {
          batch.clear();
          taken += q.pollBatch(batch, 2);
        }
      }
      while (true) {
        batch.clear();
        int k = q.pollBatch(batch, 1024);
        if (k == 0) {
          break;
        }
        taken += k;
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      out.printf("queue  budget=%s  states=%,d  spilled=%,d  %.2fs  %,.0f states/s (add+poll)%n",
          budget == Integer.MAX_VALUE ? "unbounded" : String.format("%,d", budget), taken, q.spilledTotal(), secs,
          taken / secs);
    } finally {
      try (var files = Files.list(dir)) {
        files.forEach(p -> p.toFile().delete());
      }
      Files.deleteIfExists(dir);
    }
  }

  void trace(long n) {
    try (TraceStore disk = new DiskTraceStore(null, 1 << 14)) {
      long t0 = System.nanoTime();
      for (long i = 0; i < n; i++) {
        disk.append(i - 1, i * 31, (int) (i & 7));
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      out.printf("trace  disk  records=%,d  %.2fs  %,.0f appends/s  heap=%,d bytes%n", n, secs, n / secs,
          disk.bytes());
    }
  }

  /** A Raft-like state: a counter, a function of server records, a message set. */
  private static Value[] sampleState() {
    Value[] servers = {ModelValue.of("s1"), ModelValue.of("s2"), ModelValue.of("s3")};
    Value[] rec = new Value[3];
    for (int i = 0; i < 3; i++) {
      rec[i] = RecordValue.of("term", Values.integer(i), "state", Values.string("Follower"), "log",
          Values.tuple(Values.integer(1), Values.integer(2)));
    }
    return new Value[] {Values.integer(0), FcnOps.of(servers, rec),
        Values.set(Values.tuple(servers[0], servers[1]), Values.tuple(servers[1], servers[2]))};
  }
}
