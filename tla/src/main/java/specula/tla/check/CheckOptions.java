package specula.tla.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to run a check. {@code maxStates} and {@code timeout} of 0/null mean no limit; {@code simulate} switches to
 * random behaviours of at most {@code depth} states, {@code traces} of them, from {@code seed}.
 * {@code heapFraction} is the memory guard: the search stops with figures kept once used heap exceeds it.
 */
public record CheckOptions(int workers, long maxStates, Duration timeout, boolean simulate, int depth, long traces,
                           long seed, Consumer<Progress> progress, CancellationToken cancel, Path spillDir,
                           int queueInMemory, double heapFraction, Consumer<String> output,
                           Map<String, String> environment) {

  public static CheckOptions defaults() {
    return new CheckOptions(1, 0, null, false, 100, 1000, 0, p -> { }, new CancellationToken(), null, 1 << 20,
        0.9, s -> { }, Map.of());
  }

  public CheckOptions withWorkers(int n) {
    return new CheckOptions(n, maxStates, timeout, simulate, depth, traces, seed, progress, cancel, spillDir,
        queueInMemory, heapFraction, output, environment);
  }

  public CheckOptions withMaxStates(long n) {
    return new CheckOptions(workers, n, timeout, simulate, depth, traces, seed, progress, cancel, spillDir,
        queueInMemory, heapFraction, output, environment);
  }

  public CheckOptions withTimeout(Duration t) {
    return new CheckOptions(workers, maxStates, t, simulate, depth, traces, seed, progress, cancel, spillDir,
        queueInMemory, heapFraction, output, environment);
  }

  public CheckOptions withSimulation(int depth, long traces, long seed) {
    return new CheckOptions(workers, maxStates, timeout, true, depth, traces, seed, progress, cancel, spillDir,
        queueInMemory, heapFraction, output, environment);
  }

  public CheckOptions withProgress(Consumer<Progress> p) {
    return new CheckOptions(workers, maxStates, timeout, simulate, depth, traces, seed, p, cancel, spillDir,
        queueInMemory, heapFraction, output, environment);
  }

  public CheckOptions withCancel(CancellationToken c) {
    return new CheckOptions(workers, maxStates, timeout, simulate, depth, traces, seed, progress, c, spillDir,
        queueInMemory, heapFraction, output, environment);
  }

  public CheckOptions withOutput(Consumer<String> out) {
    return new CheckOptions(workers, maxStates, timeout, simulate, depth, traces, seed, progress, cancel, spillDir,
        queueInMemory, heapFraction, out, environment);
  }

  public CheckOptions withQueueInMemory(int n) {
    return new CheckOptions(workers, maxStates, timeout, simulate, depth, traces, seed, progress, cancel, spillDir,
        n, heapFraction, output, environment);
  }

  public CheckOptions withEnvironment(Map<String, String> env) {
    return new CheckOptions(workers, maxStates, timeout, simulate, depth, traces, seed, progress, cancel, spillDir,
        queueInMemory, heapFraction, output, env);
  }

  /** A snapshot for the live progress line. */
  public record Progress(long generated, long distinct, long queue, int depth, double statesPerSecond) {
  }
}
