package specula.tla.check;

import specula.tla.check.store.FingerprintSet;
import specula.tla.check.store.DiskTraceStore;
import specula.tla.check.store.QueuedState;
import specula.tla.check.store.SpillingQueue;
import specula.tla.check.store.TraceStore;
import specula.tla.eval.EvalException;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Level-synchronous breadth-first search: every level is finished (by all workers) before the next starts, so
 * counts, depth and counterexample lengths are the same with any number of workers, and counterexamples are
 * shortest. Seen states are kept only as 64-bit fingerprints; the frontier is a queue that spills to disk.
 */
final class BreadthFirstSearch {
  private final ModelChecker owner;
  private final StateSpace space;
  private final long start;
  private final CheckOptions opts;
  private final FingerprintSet seen = new FingerprintSet();
  // On disk like TLC's trace file: the heap keeps only the fingerprint per seen state (and the queue).
  private final TraceStore trace = new DiskTraceStore(null, 1 << 14);
  private final SpillingQueue<QueuedState> queue;
  // Adders, not atomics: every successor bumps these, and two workers would fight over one cache line.
  private final LongAdder generated = new LongAdder();
  private final LongAdder distinct = new LongAdder();
  private final AtomicReference<Found> error = new AtomicReference<>();
  private volatile CheckResult.Outcome stop;
  private volatile int depth;

  /** The first error found: what, and the trace record of the state where (plus a final state not recorded). */
  record Found(CheckResult.Outcome outcome, String message, String location, long traceIndex, Value[] extra) {
  }

  BreadthFirstSearch(ModelChecker owner, StateSpace space, long start) {
    this.owner = owner;
    this.space = space;
    this.start = start;
    this.opts = owner.options();
    this.queue = new SpillingQueue<>(QueuedState.CODEC, Math.max(2, opts.queueInMemory()), opts.spillDir());
    space.services.setStatistics(ModelChecker.statistics(distinct::sum, generated::sum, queue::size, () -> depth,
        start, ModelChecker.config("bfs", opts, space.model)));
  }

  CheckResult run() {
    try {
      return search();
    } finally {
      trace.close(); // deletes the trace file, also when the search ends with an exception
      queue.close();
    }
  }

  private CheckResult search() {
    owner.emit("Computing initial states...");
    Monitor monitor = new Monitor();
    monitor.start();
    try {
      // Initial states are checked and queued as the enumerator produces them (as TLC does), so progress shows
      // from the start and they are never all held in a list at once.
      if (opts.workers() > 1) {
        new InitialStateCheckers(opts.workers()).run();
      } else {
        space.initialStates(s -> acceptInitial(s) && stop == null);
      }
      depth = generated.sum() == 0 ? 0 : 1;
      owner.emit("Finished computing initial states: " + distinct.sum() + " distinct state"
          + (distinct.sum() == 1 ? "" : "s") + " generated.");
    } catch (EvalException e) {
      if (stop == null) {
        error.compareAndSet(null, evalError(e, TraceStore.NO_PARENT, null));
      }
    }
    try {
      while (error.get() == null && stop == null && !queue.isEmpty()) {
        long levelSize = queue.size();
        runLevel(levelSize);
        if (error.get() == null && stop == null && !queue.isEmpty()) {
          depth++;
        }
      }
    } finally {
      monitor.interrupt();
    }
    long left = queue.size();
    queue.close();
    return finish(left);
  }

  /** Counts, checks and queues one initial state; false when an error ends the search. */
  private boolean acceptInitial(Value[] s) {
    generated.increment();
    if (!space.inConstraints(s, 1)) {
      return true; // TLC neither counts nor checks initial states outside the constraints
    }
    long fp = space.fingerprint(s, 1);
    if (!seen.putIfAbsent(fp)) {
      return true;
    }
    distinct.increment();
    long idx = trace.append(TraceStore.NO_PARENT, fp, TraceStore.INIT_ACTION);
    Model.Formula inv = space.violatedInvariant(s, 1);
    if (inv != null) {
      error.compareAndSet(null, invariant(inv, idx));
      return false;
    }
    Model.Formula prop = space.violatedInitProperty(s);
    if (prop != null) {
      error.compareAndSet(null, new Found(CheckResult.Outcome.INVARIANT_VIOLATED, "Property " + prop.name()
          + " is violated by the initial state.", null, idx, null));
      return false;
    }
    queue.add(new QueuedState(s, fp, idx, 1));
    return true;
  }

  private void runLevel(long levelSize) {
    AtomicLong remaining = new AtomicLong(levelSize);
    int n = Math.max(1, opts.workers());
    AtomicReference<Throwable> crash = new AtomicReference<>();
    joinAll(start(n, "tlc-worker-", () -> {
      try {
        work(remaining);
      } catch (Throwable e) {
        crash.compareAndSet(null, e);
        stop = CheckResult.Outcome.EVAL_ERROR;
      }
    }));
    if (crash.get() != null) {
      Throwable c = crash.get();
      error.compareAndSet(null, new Found(c instanceof OutOfMemoryError ? CheckResult.Outcome.OUT_OF_MEMORY
          : CheckResult.Outcome.EVAL_ERROR, "TLC threw an unexpected exception: " + c, null, TraceStore.NO_PARENT,
          null));
    }
  }

  /** Starts {@code n} threads with deep stacks (recursive evaluation of large values needs them). */
  private static List<Thread> start(int n, String name, Runnable body) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Thread t = new Thread(null, body, name + i, 512L << 20);
      threads.add(t);
      t.start();
    }
    return threads;
  }

  /** Waits for every thread; an interrupt of the caller cancels the search instead of abandoning the threads. */
  private void joinAll(List<Thread> threads) {
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        opts.cancel().cancel();
        Thread.currentThread().interrupt();
      }
    }
  }

  private void work(AtomicLong remaining) {
    List<QueuedState> batch = new ArrayList<>();
    while (error.get() == null && stop == null) {
      if (opts.cancel().isCancelled()) {
        stop = CheckResult.Outcome.CANCELLED;
        return;
      }
      long r;
      long claim;
      do {
        r = remaining.get();
        if (r <= 0) {
          return;
        }
        claim = Math.min(16, r);
      } while (!remaining.compareAndSet(r, r - claim));
      batch.clear();
      int got = queue.pollBatch(batch, (int) claim);
      for (int i = 0; i < got && error.get() == null; i++) {
        expand(batch.get(i));
      }
    }
  }

  private void expand(QueuedState q) {
    Value[] s = q.vars();
    int level = q.depth();
    int[] successors = {0};
    try {
      space.successors(s, level, (t, label) -> {
        successors[0]++;
        generated.increment();
        Model.Formula ap = space.violatedActionProperty(s, t, level);
        if (ap != null) {
          error.compareAndSet(null, new Found(CheckResult.Outcome.ACTION_PROPERTY_VIOLATED,
              "Action property " + ap.name() + " is violated.", null, q.traceIndex(), t));
          return false;
        }
        if (!space.inActionConstraints(s, t, level) || !space.inConstraints(t, level + 1)) {
          return true;
        }
        long fp = space.fingerprint(t, level + 1);
        if (seen.putIfAbsent(fp)) {
          distinct.increment();
          long idx = trace.append(q.traceIndex(), fp, 0);
          Model.Formula inv = space.violatedInvariant(t, level + 1);
          if (inv != null) {
            error.compareAndSet(null, invariant(inv, idx));
            return false;
          }
          queue.add(new QueuedState(t, fp, idx, level + 1));
        }
        return error.get() == null;
      });
    } catch (EvalException e) {
      if (stop == null) {
        error.compareAndSet(null, evalError(e, q.traceIndex(), null));
      }
      return;
    } catch (ValueException e) {
      error.compareAndSet(null, new Found(CheckResult.Outcome.EVAL_ERROR, e.getMessage(), null, q.traceIndex(),
          null));
      return;
    }
    if (successors[0] == 0 && space.model.checkDeadlock() && error.get() == null) {
      error.compareAndSet(null, new Found(CheckResult.Outcome.DEADLOCK, "Deadlock reached.", null, q.traceIndex(),
          null));
    }
    if (opts.maxStates() > 0 && distinct.sum() >= opts.maxStates()) {
      stop = CheckResult.Outcome.STOPPED_AT_LIMIT;
    }
  }

  private boolean postcondition() {
    try {
      return space.postconditionHolds();
    } catch (EvalException e) {
      owner.emit("Error: evaluating the postcondition: " + e.getMessage());
      return false;
    }
  }

  private static Found invariant(Model.Formula inv, long idx) {
    return new Found(CheckResult.Outcome.INVARIANT_VIOLATED, "Invariant " + inv.name() + " is violated.", null,
        idx, null);
  }

  private static Found evalError(EvalException e, long idx, Value[] extra) {
    CheckResult.Outcome o = e.kind() == EvalException.Kind.ASSERTION ? CheckResult.Outcome.ASSERTION_FAILED
        : CheckResult.Outcome.EVAL_ERROR;
    return new Found(o, e.getMessage(), e.range() == null ? null : EvalException.location(e.range()), idx, extra);
  }

  private CheckResult finish(long left) {
    Found f = error.get();
    CheckResult.Outcome outcome;
    List<TraceState> states = List.of();
    String message = null;
    String location = null;
    if (f != null) {
      outcome = f.outcome();
      message = f.message();
      location = f.location();
      owner.emit("Error: " + message);
      if (location != null) {
        owner.emit(location);
      }
      if (f.traceIndex() != TraceStore.NO_PARENT) {
        try {
          long[] path = trace.pathTo(f.traceIndex());
          long[] fps = new long[path.length];
          for (int i = 0; i < path.length; i++) {
            fps[i] = trace.fingerprint(path[i]);
          }
          states = new TraceRebuilder(space).rebuild(fps, f.extra());
          TlcReport.printTrace(states, owner::emit);
        } catch (RuntimeException e) {
          owner.emit("(the trace could not be rebuilt: " + e.getMessage() + ")");
        }
      }
    } else if (stop != null) {
      outcome = stop;
      owner.emit("The search was stopped before it completed (" + stop.name().toLowerCase().replace('_', ' ')
          + "): the state space was not fully explored.");
    } else if (!postcondition()) {
      outcome = CheckResult.Outcome.POSTCONDITION_FAILED;
      message = "The postcondition " + space.model.postcondition().name() + " is violated.";
      owner.emit("Error: " + message);
    } else {
      outcome = CheckResult.Outcome.SUCCESS;
      owner.emit("Model checking completed. No error has been found.");
    }
    owner.emit(TlcReport.summary(generated.sum(), distinct.sum(), left));
    owner.emit("The depth of the complete state graph search is " + depth + ".");
    return new CheckResult(outcome, generated.sum(), distinct.sum(), left, depth, message, location, states,
        ModelChecker.elapsed(start), space.model.livenessSkipped().size(), owner.output());
  }

  /** Progress lines, timeout, cancellation and the memory guard, checked once a second. */
  private final class Monitor extends Thread {
    Monitor() {
      setDaemon(true);
      setName("tlc-monitor");
    }

    @Override
    public void run() {
      long last = System.nanoTime();
      long lastGenerated = 0;
      try {
        while (!isInterrupted()) {
          Thread.sleep(200);
          if (opts.cancel().isCancelled()) {
            stop = CheckResult.Outcome.CANCELLED;
          }
          if (opts.timeout() != null && ModelChecker.elapsed(start).compareTo(opts.timeout()) > 0) {
            stop = CheckResult.Outcome.TIMEOUT;
          }
          if (stop != null) {
            space.services.stop();
          }
          Runtime rt = Runtime.getRuntime();
          if (rt.totalMemory() - rt.freeMemory() > opts.heapFraction() * rt.maxMemory()) {
            System.gc();
            if (rt.totalMemory() - rt.freeMemory() > opts.heapFraction() * rt.maxMemory()) {
              stop = CheckResult.Outcome.OUT_OF_MEMORY;
              space.services.stop();
            }
          }
          long now = System.nanoTime();
          if (now - last >= 1_000_000_000L) {
            long g = generated.sum();
            double rate = (g - lastGenerated) / ((now - last) / 1e9);
            opts.progress().accept(new CheckOptions.Progress(g, distinct.sum(), queue.size(), depth, rate));
            last = now;
            lastGenerated = g;
          }
        }
      } catch (InterruptedException e) {
        // finished
      }
    }
  }

  /**
   * With several workers, the initial states the enumerator (on the calling thread) produces are handed over in
   * batches to that many checker threads, which fingerprint them and evaluate constraints and invariants: for
   * models whose states are mostly initial ones, these checks are most of the work. Counts are the same as with
   * one thread since each fingerprint is claimed once.
   */
  private final class InitialStateCheckers {
    private static final int BATCH = 256;
    private static final Value[][] END = new Value[0][];

    private final int threads;
    private final java.util.concurrent.BlockingQueue<Value[][]> handoff;
    private final AtomicReference<RuntimeException> crash = new AtomicReference<>();
    private Value[][] batch = new Value[BATCH][];
    private int filled;

    InitialStateCheckers(int threads) {
      this.threads = threads;
      this.handoff = new java.util.concurrent.ArrayBlockingQueue<>(4 * threads);
    }

    void run() {
      List<Thread> checkers = start(threads, "tlc-init-", this::check);
      try {
        space.initialStates(s -> {
          batch[filled++] = s;
          if (filled == BATCH) {
            hand(java.util.Arrays.copyOf(batch, filled));
            filled = 0;
          }
          return error.get() == null && stop == null && crash.get() == null;
        });
        if (filled > 0) {
          hand(java.util.Arrays.copyOf(batch, filled));
        }
      } finally {
        for (int i = 0; i < threads; i++) {
          hand(END);
        }
        joinAll(checkers);
      }
      if (crash.get() != null) {
        throw crash.get();
      }
    }

    private void hand(Value[][] b) {
      try {
        handoff.put(b);
      } catch (InterruptedException e) {
        opts.cancel().cancel();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while computing initial states", e);
      }
    }

    /** Drains batches until the end marker, still draining (without checking) once the search is over. */
    private void check() {
      while (true) {
        Value[][] b;
        try {
          b = handoff.take();
        } catch (InterruptedException e) {
          return;
        }
        if (b == END) {
          return;
        }
        for (Value[] s : b) {
          if (error.get() != null || stop != null || crash.get() != null) {
            break;
          }
          try {
            acceptInitial(s);
          } catch (EvalException e) {
            if (stop == null) {
              error.compareAndSet(null, evalError(e, TraceStore.NO_PARENT, null));
            }
          } catch (RuntimeException e) {
            crash.compareAndSet(null, e);
          }
        }
      }
    }
  }
}
