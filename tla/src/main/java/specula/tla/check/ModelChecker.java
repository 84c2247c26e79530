package specula.tla.check;

import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.Binding;
import specula.tla.eval.Ctx;
import specula.tla.eval.Env;
import specula.tla.eval.EvalException;
import specula.tla.semantic.ModuleSource;
import specula.tla.eval.Services;
import specula.tla.eval.Spec;
import specula.tla.eval.SpecException;
import specula.tla.eval.SpecLoader;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Unit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Explicit-state model checking of a safety model, TLC-style: breadth-first search over fingerprints, or random
 * simulation. {@link #run()} never throws for problems of the spec or the model: they are outcomes of the result.
 */
public final class ModelChecker {
  private final String rootModule;
  private final ModuleSource source;
  private final ModelConfig config;
  private final CheckOptions options;
  private final List<String> output = Collections.synchronizedList(new ArrayList<>());

  public ModelChecker(String rootModule, ModuleSource source, ModelConfig config, CheckOptions options) {
    this.rootModule = rootModule;
    this.source = source;
    this.config = config;
    this.options = options;
  }

  void emit(String line) {
    output.add(line);
    options.output().accept(line);
  }

  List<String> output() {
    return output;
  }

  CheckOptions options() {
    return options;
  }

  public CheckResult run() {
    long start = System.nanoTime();
    Spec spec;
    Model model;
    Services services = new Services(this::emit, options.seed(), options.environment());
    try {
      spec = SpecLoader.load(rootModule, source, config);
      model = Model.resolve(spec, config);
    } catch (SpecException e) {
      return failure(CheckResult.Outcome.SPEC_ERROR, e.getMessage(), null, start);
    } catch (ModelException e) {
      return failure(CheckResult.Outcome.CONFIG_ERROR, e.getMessage(), null, start);
    }
    for (Map.Entry<String, Binding> e : spec.root().names().entrySet()) {
      if (e.getValue() instanceof Binding.Missing m) {
        return failure(CheckResult.Outcome.CONFIG_ERROR, "The constant parameter " + m.name()
            + " is not assigned a value by the configuration file.", null, start);
      }
    }
    services.setStatistics(statistics(() -> 0, () -> 0, () -> 0, () -> 0, start,
        config(options.simulate() ? "generate" : "bfs", options, model)));
    boolean constantsOnly = model.init() == null && model.next() == null;
    if (!constantsOnly && (model.init() == null || model.next() == null)) {
      return failure(CheckResult.Outcome.CONFIG_ERROR, "The configuration has no "
          + (model.init() == null ? "INIT" : "NEXT") + ".", null, start);
    }
    for (String p : model.livenessSkipped()) {
      emit("Warning: liveness not yet supported; property " + p + " is not checked.");
    }
    StateSpace space;
    try {
      space = new StateSpace(spec, model, services);
      CheckResult assumption = checkAssumptions(spec, services, start, model);
      if (assumption != null) {
        return assumption;
      }
    } catch (EvalException e) {
      return failure(CheckResult.Outcome.EVAL_ERROR, e.getMessage(), EvalException.location(e.range()), start);
    }
    if (constantsOnly) {
      // TLC checks the assumptions of a model without behaviours and stops.
      emit("Model checking completed. No error has been found.");
      return new CheckResult(CheckResult.Outcome.SUCCESS, 0, 0, 0, 0, null, null, List.of(), elapsed(start),
          model.livenessSkipped().size(), output);
    }
    if (options.simulate()) {
      return new Simulator(this, space, start).run();
    }
    return new BreadthFirstSearch(this, space, start).run();
  }

  private CheckResult checkAssumptions(Spec spec, Services services, long start, Model model) {
    for (Unit.Assume a : spec.root().assumptions()) {
      Value v = new specula.tla.eval.Evaluator(spec).eval(a.body(), spec.root(), Env.EMPTY, Ctx.constant(services));
      if (v != BoolValue.TRUE) {
        String where = EvalException.location(a.body().range());
        return failure(CheckResult.Outcome.ASSUMPTION_FAILED, "Assumption " + where + " is false.", where, start);
      }
    }
    return null;
  }

  CheckResult failure(CheckResult.Outcome o, String message, String location, long start) {
    emit("Error: " + message);
    if (location != null) {
      emit(location);
    }
    return new CheckResult(o, 0, 0, 0, 0, message, location, List.of(), elapsed(start), 0, output);
  }

  static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** TLCGet("config"): how the checker runs. */
  static Value config(String mode, CheckOptions o, Model m) {
    java.util.Map<String, Value> f = new java.util.TreeMap<>();
    f.put("mode", specula.tla.eval.value.StringValue.of(mode));
    f.put("depth", IntValue.of(mode.equals("bfs") ? -1 : o.depth()));
    f.put("deadlock", BoolValue.of(m.checkDeadlock()));
    f.put("worker", IntValue.of(o.workers()));
    f.put("seed", IntValue.of((int) o.seed()));
    f.put("traces", IntValue.of((int) Math.min(Integer.MAX_VALUE, o.traces())));
    return specula.tla.eval.value.RecordValue.of(f);
  }

  /** The statistics TLCGet answers: "distinct", "diameter", "generated", "queue", "duration", and "stats", a record of those. */
  static java.util.function.Function<String, Value> statistics(java.util.function.LongSupplier distinct,
                                                               java.util.function.LongSupplier generated,
                                                               java.util.function.LongSupplier queue,
                                                               java.util.function.IntSupplier depth, long start,
                                                               Value config) {
    java.util.function.Function<String, Value>[] self = new java.util.function.Function[1];
    self[0] = key -> switch (key) {
      case "config" -> config;
      case "stats" -> specula.tla.eval.value.RecordValue.of("diameter", self[0].apply("diameter"),
          "distinct", self[0].apply("distinct"), "generated", self[0].apply("generated"),
          "queue", self[0].apply("queue"), "duration", self[0].apply("duration"));
      case "distinct" -> IntValue.of((int) Math.min(Integer.MAX_VALUE, distinct.getAsLong()));
      case "generated" -> IntValue.of((int) Math.min(Integer.MAX_VALUE, generated.getAsLong()));
      case "queue" -> IntValue.of((int) Math.min(Integer.MAX_VALUE, queue.getAsLong()));
      case "diameter" -> IntValue.of(depth.getAsInt());
      case "duration" -> IntValue.of((int) elapsed(start).toSeconds());
      default -> null;
    };
    return self[0];
  }
}
