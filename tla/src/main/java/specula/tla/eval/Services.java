package specula.tla.eval;

import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.Value;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the evaluator needs from the run it is part of: where Print goes, the random source of RandomElement,
 * TLC's registers (TLCSet/TLCGet), the checker statistics TLCGet answers, and the environment IOEnv reads.
 */
public final class Services {
  private final Consumer<String> out;
  private final Random random;
  private final Map<Integer, Value> registers = new ConcurrentHashMap<>();
  private final Map<String, Value> namedRegisters = new ConcurrentHashMap<>();
  private volatile Function<String, Value> statistics = k -> null;
  private final Map<String, String> environment;

  public Services(Consumer<String> out, long seed, Map<String, String> environment) {
    this.out = out;
    this.random = new Random(seed);
    this.environment = Map.copyOf(environment);
  }

  public static Services quiet() {
    return new Services(s -> { }, 0, Map.of());
  }

  private volatile boolean stopped;

  /** Makes long evaluations (quantifiers, set constructions) give up: the run is being stopped. */
  public void stop() {
    stopped = true;
  }

  void checkStopped() {
    if (stopped) {
      throw new EvalException(EvalException.Kind.EVAL, "Evaluation stopped: the check was cancelled.", null);
    }
  }

  public boolean isStopped() {
    return stopped;
  }

  public void print(String line) {
    out.accept(line);
  }

  public synchronized int nextInt(int bound) {
    return random.nextInt(bound);
  }

  public Map<String, String> environment() {
    return environment;
  }

  /** The checker's figures for {@code TLCGet("distinct")} etc.; null for unknown keys. */
  public void setStatistics(Function<String, Value> stats) {
    this.statistics = stats;
  }

  Value statistic(String key) {
    return statistics.apply(key);
  }

  Value register(Value key) {
    if (key instanceof IntValue i) {
      return registers.get(i.val());
    }
    return namedRegisters.get(key.toString());
  }

  void setRegister(Value key, Value v) {
    if (key instanceof IntValue i) {
      registers.put(i.val(), v);
    } else {
      namedRegisters.put(key.toString(), v);
    }
  }
}
