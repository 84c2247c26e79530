package specula.tla.check;

import specula.tla.eval.ActionEnumerator;
import specula.tla.eval.EvalException;
import specula.tla.eval.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * TLC's simulation mode: random behaviours from a random initial state, each step a successor picked uniformly,
 * checking invariants, action properties and deadlock, up to {@code depth} states per behaviour.
 */
final class Simulator {
  private final ModelChecker owner;
  private final StateSpace space;
  private final long start;
  private final CheckOptions opts;

  Simulator(ModelChecker owner, StateSpace space, long start) {
    this.owner = owner;
    this.space = space;
    this.start = start;
    this.opts = owner.options();
  }

  CheckResult run() {
    Random random = new Random(opts.seed());
    long generated = 0;
    long traces = 0;
    int maxDepth = 0;
    List<Value[]> behaviour = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    owner.emit("Running Random Simulation with seed " + opts.seed() + ".");
    long[] figures = new long[2];
    space.services.setStatistics(ModelChecker.statistics(() -> figures[1], () -> figures[0], () -> 0, () -> 0, start,
        ModelChecker.config("generate", opts, space.model)));
    try {
      List<Value[]> inits = space.initialStates();
      generated += inits.size();
      while (!inits.isEmpty() && (opts.traces() <= 0 || traces < opts.traces())) {
        if (opts.cancel().isCancelled()) {
          return done(CheckResult.Outcome.CANCELLED, generated, traces, maxDepth, null, List.of());
        }
        if (opts.timeout() != null && ModelChecker.elapsed(start).compareTo(opts.timeout()) > 0) {
          return done(CheckResult.Outcome.TIMEOUT, generated, traces, maxDepth, null, List.of());
        }
        behaviour.clear();
        labels.clear();
        Value[] cur = inits.get(random.nextInt(inits.size()));
        behaviour.add(cur);
        labels.add("<Initial predicate>");
        Model.Formula inv = space.violatedInvariant(cur, 1);
        if (inv != null) {
          return violation("Invariant " + inv.name() + " is violated.", CheckResult.Outcome.INVARIANT_VIOLATED,
              generated, traces, behaviour, labels);
        }
        for (int d = 1; d < opts.depth(); d++) {
          if (!space.inConstraints(cur, d)) {
            break;
          }
          List<Value[]> succ = new ArrayList<>();
          List<String> succLabels = new ArrayList<>();
          Value[] from = cur;
          int level = d;
          space.successors(cur, d, (t, l) -> {
            if (space.inActionConstraints(from, t, level)) {
              succ.add(t);
              succLabels.add(TraceRebuilder.describe(l));
            }
            return true;
          });
          generated += succ.size();
          if (succ.isEmpty()) {
            if (space.model.checkDeadlock()) {
              return violation("Deadlock reached.", CheckResult.Outcome.DEADLOCK, generated, traces, behaviour,
                  labels);
            }
            break;
          }
          int pick = random.nextInt(succ.size());
          Value[] next = succ.get(pick);
          behaviour.add(next);
          labels.add(succLabels.get(pick));
          Model.Formula ap = space.violatedActionProperty(cur, next, d);
          if (ap != null) {
            return violation("Action property " + ap.name() + " is violated.",
                CheckResult.Outcome.ACTION_PROPERTY_VIOLATED, generated, traces, behaviour, labels);
          }
          cur = next;
          inv = space.violatedInvariant(cur, d + 1);
          if (inv != null) {
            return violation("Invariant " + inv.name() + " is violated.", CheckResult.Outcome.INVARIANT_VIOLATED,
                generated, traces, behaviour, labels);
          }
        }
        maxDepth = Math.max(maxDepth, behaviour.size());
        traces++;
        opts.progress().accept(new CheckOptions.Progress(generated, traces, 0, maxDepth, 0));
      }
    } catch (EvalException e) {
      String loc = e.range() == null ? null : EvalException.location(e.range());
      owner.emit("Error: " + e.getMessage());
      if (loc != null) {
        owner.emit(loc);
      }
      List<TraceState> states = states(behaviour, labels);
      TlcReport.printTrace(states, owner::emit);
      CheckResult.Outcome o = e.kind() == EvalException.Kind.ASSERTION ? CheckResult.Outcome.ASSERTION_FAILED
          : CheckResult.Outcome.EVAL_ERROR;
      return new CheckResult(o, generated, traces, 0, maxDepth, e.getMessage(), loc, states,
          ModelChecker.elapsed(start), space.model.livenessSkipped().size(), owner.output());
    }
    return done(CheckResult.Outcome.SUCCESS, generated, traces, maxDepth, null, List.of());
  }

  private CheckResult violation(String message, CheckResult.Outcome o, long generated, long traces,
                                List<Value[]> behaviour, List<String> labels) {
    owner.emit("Error: " + message);
    List<TraceState> states = states(behaviour, labels);
    TlcReport.printTrace(states, owner::emit);
    return done(o, generated, traces, behaviour.size(), message, states);
  }

  private List<TraceState> states(List<Value[]> behaviour, List<String> labels) {
    return TraceRebuilder.traceStates(space, behaviour, labels);
  }

  private CheckResult done(CheckResult.Outcome o, long generated, long traces, int depth, String message,
                           List<TraceState> states) {
    owner.emit("The number of states generated: " + generated);
    owner.emit("Simulation using seed " + opts.seed() + " generated " + traces + " behaviours.");
    return new CheckResult(o, generated, traces, 0, depth, message, null, states, ModelChecker.elapsed(start),
        space.model.livenessSkipped().size(), owner.output());
  }
}
