package specula.tla.check.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.InfiniteSetValue;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.ProductSetValue;
import specula.tla.eval.value.RandomValues;
import specula.tla.eval.value.RecordSetValue;
import specula.tla.eval.value.RecordValue;
import specula.tla.eval.value.SeqSetValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.eval.value.Values;

class StoreTest {

  @Test
  void fingerprintSetBasics() {
    FingerprintSet set = new FingerprintSet(4, 4, 0.75);
    assertTrue(set.putIfAbsent(0));
    assertFalse(set.putIfAbsent(0));
    assertTrue(set.contains(0));
    SplittableRandom r = new SplittableRandom(1);
    long[] fps = new long[100_000];
    for (int i = 0; i < fps.length; i++) {
      fps[i] = r.nextLong();
      assertTrue(set.putIfAbsent(fps[i]));
    }
    for (long fp : fps) {
      assertFalse(set.putIfAbsent(fp));
      assertTrue(set.contains(fp));
    }
    assertFalse(set.contains(12345));
    assertEquals(fps.length + 1, set.size());
    assertTrue(set.occupancy() <= 0.75 && set.occupancy() >= 0.5, "occupancy " + set.occupancy());
    assertEquals(set.capacity() * 8, set.bytes());
  }

  @Test
  void twoThreadsCountExactlyAsOne() throws InterruptedException {
    FingerprintSet set = new FingerprintSet(1024, 16, 0.75);
    // Both threads insert overlapping streams; exactly one must win each fingerprint.
    AtomicLong wins = new AtomicLong();
    Runnable worker = () -> {
      SplittableRandom r = new SplittableRandom(42);
      long local = 0;
      for (int i = 0; i < 200_000; i++) {
        if (set.putIfAbsent(r.nextLong() % 150_000)) {
          local++;
        }
      }
      wins.addAndGet(local);
    };
    Thread a = new Thread(worker);
    Thread b = new Thread(worker);
    a.start();
    b.start();
    a.join();
    b.join();
    FingerprintSet single = new FingerprintSet();
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      single.putIfAbsent(r.nextLong() % 150_000);
    }
    assertEquals(single.size(), set.size());
    assertEquals(single.size(), wins.get());
  }

  @Test
  void collisionEstimates() {
    assertEquals(1.0 * 50 * 50 / Math.pow(2, 64), CollisionEstimate.optimistic(50, 100));
    assertEquals("6.0E-8", CollisionEstimate.format(6.0e-8));
    assertEquals("1.4E-15", CollisionEstimate.format(1.4e-15));
    FingerprintSet set = new FingerprintSet();
    set.putIfAbsent(1000);
    set.putIfAbsent(1400);
    set.putIfAbsent(-5000);
    assertEquals(1.0 / 400, set.actualCollisionProbability());
    String report = CollisionEstimate.of(set, 10).report();
    assertTrue(report.contains("  calculated (optimistic):  val = "), report);
    assertTrue(report.contains("  based on the actual fingerprints:  val = 2.5E-3"), report);
  }

  @Test
  void codecRoundTripsEveryRepresentation() {
    List<Value> samples = new ArrayList<>(List.of(
        Values.integer(Integer.MIN_VALUE), Values.integer(Integer.MAX_VALUE), Values.string(""),
        ModelValue.of("A_typed"), InfiniteSetValue.NAT, InfiniteSetValue.STRING,
        new SeqSetValue(Values.BOOLEAN), new ProductSetValue(List.of(Values.interval(1, 2), Values.BOOLEAN)),
        new RecordSetValue(new String[] {"b", "a"}, new SetValue[] {Values.BOOLEAN, Values.interval(0, 1)}),
        RecordValue.of("x", Values.tuple(), "y", Values.set()),
        FcnOps.of(new Value[] {ModelValue.of("p"), ModelValue.of("q")}, new Value[] {Values.integer(1),
            Values.integer(2)})));
    RandomValues gen = new RandomValues(7);
    for (int i = 0; i < 2000; i++) {
      samples.add(gen.next(3));
    }
    for (Value v : samples) {
      Value back = ValueCodec.decode(ValueCodec.encode(v));
      assertEquals(v.getClass(), back.getClass(), () -> "class of " + v);
      assertEquals(ValuePrinter.DEFAULT.print(v), ValuePrinter.DEFAULT.print(back));
      assertEquals(v.fingerprint(), back.fingerprint(), () -> "fingerprint of " + v);
    }
    assertTrue(ValueCodec.encode(Values.integer(5)).length <= 2, "small ints are compact");
  }

  @Test
  void spillingQueueKeepsFifoOrderAcrossSpills(@TempDir Path dir) throws IOException {
    try (SpillingQueue<QueuedState> q = new SpillingQueue<>(QueuedState.CODEC, 8, dir.resolve("spill"))) {
      int next = 0;
      int expected = 0;
      // Interleave adds and polls so that head, disk segments and tail are all in use.
      for (int round = 0; round < 20; round++) {
        for (int i = 0; i < 13; i++) {
          q.add(state(next++));
        }
        for (int i = 0; i < 7; i++) {
          QueuedState s = q.poll();
          assertEquals(expected++, ((IntValue) s.vars()[0]).val());
        }
      }
      assertTrue(q.spilledTotal() > 0, "the budget forced spills");
      assertTrue(q.onDisk() > 0);
      try (Stream<Path> files = Files.list(dir.resolve("spill"))) {
        assertTrue(files.findAny().isPresent());
      }
      List<QueuedState> batch = new ArrayList<>();
      while (q.pollBatch(batch, 5) > 0) {
        // drain
      }
      for (QueuedState s : batch) {
        assertEquals(expected++, ((IntValue) s.vars()[0]).val());
        assertEquals(s.fingerprint(), s.vars()[0].fingerprint());
        assertEquals(3, s.depth());
        assertEquals("<<\"x\", 1..2>>", ValuePrinter.DEFAULT.print(s.vars()[1]));
      }
      assertEquals(next, expected);
      assertNull(q.poll());
      assertEquals(0, q.size());
    }
    try (Stream<Path> files = Files.list(dir.resolve("spill"))) {
      assertFalse(files.findAny().isPresent(), "spill files are removed");
    }
  }

  private static QueuedState state(int i) {
    Value v = Values.integer(i);
    return new QueuedState(new Value[] {v, Values.tuple(StringValue.of("x"), Values.interval(1, 2))},
        v.fingerprint(), i, 3);
  }

  @Test
  void traceStoresRebuildPaths(@TempDir Path dir) {
    try (TraceStore mem = new MemoryTraceStore();
        TraceStore disk = new DiskTraceStore(dir.resolve("trace.bin"), 3)) {
      for (TraceStore t : List.of(mem, disk)) {
        long a = t.append(TraceStore.NO_PARENT, 11, TraceStore.INIT_ACTION);
        long b = t.append(TraceStore.NO_PARENT, 12, TraceStore.INIT_ACTION);
        long c = t.append(a, 13, 0);
        long d = t.append(c, 14, 2);
        long e = t.append(b, 15, 1);
        for (int i = 0; i < 100_000; i++) {
          t.append(e, i, 5);
        }
        long f = t.append(d, 16, 7);
        assertArrayEquals(new long[] {a, c, d, f}, t.pathTo(f));
        assertEquals(16, t.fingerprint(f));
        assertEquals(7, t.action(f));
        assertEquals(13, t.fingerprint(c));
        assertEquals(2, t.action(d));
        assertEquals(b, t.parent(e));
        assertEquals(100_006, t.size());
        assertEquals(99_999, t.fingerprint(100_004));
      }
      assertTrue(disk.bytes() < 100, "the disk store keeps only its buffer on the heap");
    }
  }

  @Test
  void concurrentProducersAndConsumersLoseNothing(@TempDir Path dir) throws InterruptedException {
    try (SpillingQueue<QueuedState> q = new SpillingQueue<>(QueuedState.CODEC, 64, dir);
        TraceStore trace = new DiskTraceStore(dir.resolve("t.bin"), 100)) {
      int perThread = 20_000;
      long[] sums = new long[2];
      Thread[] ts = new Thread[2];
      for (int t = 0; t < 2; t++) {
        int id = t;
        ts[t] = new Thread(() -> {
          List<QueuedState> batch = new ArrayList<>();
          long sum = 0;
          for (int i = 0; i < perThread; i++) {
            q.add(state(id * perThread + i));
            trace.append(TraceStore.NO_PARENT, i, id);
            if (i % 3 == 0) {
              batch.clear();
              q.pollBatch(batch, 2);
              for (QueuedState s : batch) {
                sum += ((IntValue) s.vars()[0]).val();
              }
            }
          }
          sums[id] = sum;
        });
        ts[t].start();
      }
      for (Thread t : ts) {
        t.join();
      }
      long total = sums[0] + sums[1];
      QueuedState s;
      while ((s = q.poll()) != null) {
        total += ((IntValue) s.vars()[0]).val();
      }
      long n = 2L * perThread;
      assertEquals(n * (n - 1) / 2, total, "every state comes out exactly once");
      assertEquals(n, trace.size());
    }
  }
}
