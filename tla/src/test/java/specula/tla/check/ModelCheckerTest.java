package specula.tla.check;

import org.junit.jupiter.api.Test;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.semantic.ModuleSource;
import specula.tla.eval.value.IntValue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small models whose state counts were worked out independently (by hand or by a separate BFS). */
class ModelCheckerTest {

  static Path dir() {
    try {
      return Path.of(ModelCheckerTest.class.getResource("/check/Counter.tla").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static CheckResult check(String module, String cfg, CheckOptions opts) {
    try {
      return new ModelChecker(module, ModuleSource.folder(dir()), ConfigParser.parse(dir().resolve(cfg)), opts)
          .run();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static CheckResult check(String module, String cfg) {
    return check(module, cfg, CheckOptions.defaults());
  }

  @Test
  void countsStatesLikeTlc() {
    CheckResult r = check("Counter", "Counter.cfg");
    assertEquals(CheckResult.Outcome.SUCCESS, r.outcome(), r.errorMessage());
    assertEquals(12, r.distinct());
    assertEquals(18, r.generated()); // 1 initial + 9 IncX + 8 IncY steps
    assertEquals(6, r.depth());
    assertEquals(0, r.left());
    assertEquals(0, r.exitCode());
    assertTrue(r.output().contains("18 states generated, 12 distinct states found, 0 states left on queue."),
        r.output().toString());
  }

  @Test
  void reportsDeadlockWithAShortestTrace() {
    CheckResult r = check("Counter", "CounterDeadlock.cfg");
    assertEquals(CheckResult.Outcome.DEADLOCK, r.outcome());
    assertEquals(11, r.exitCode());
    assertEquals(6, r.trace().size());
    TraceState last = r.trace().get(5);
    assertEquals(IntValue.of(3), last.variables().get("x"));
    assertEquals(IntValue.of(2), last.variables().get("y"));
    assertEquals("<Initial predicate>", r.trace().get(0).action());
    assertTrue(r.output().contains("Error: Deadlock reached."), r.output().toString());
  }

  @Test
  void reportsInvariantViolationWithTraceAndActions() {
    CheckResult r = check("Counter", "CounterInv.cfg");
    assertEquals(CheckResult.Outcome.INVARIANT_VIOLATED, r.outcome());
    assertEquals(12, r.exitCode());
    assertEquals("Invariant Small is violated.", r.errorMessage());
    assertEquals(5, r.trace().size()); // x + y reaches 4 after four steps
    TraceState last = r.trace().get(4);
    int sum = ((IntValue) last.variables().get("x")).val() + ((IntValue) last.variables().get("y")).val();
    assertEquals(4, sum);
    assertTrue(r.trace().get(1).action().startsWith("<IncX line 7, col 1 to line 7, col")
        || r.trace().get(1).action().startsWith("<IncY line 8"), r.trace().get(1).action());
    assertTrue(r.output().contains("Error: The behavior up to this point is:"));
    assertTrue(r.output().contains("/\\ x = 0\n/\\ y = 0"), r.output().toString());
  }

  @Test
  void exportsTheResultAsJsonAndTheTraceAsItf() {
    CheckResult r = check("Counter", "CounterInv.cfg");
    String json = CheckResultJson.toJson(r);
    assertTrue(json.contains("\"outcome\": \"INVARIANT_VIOLATED\""), json);
    assertTrue(json.contains("\"exitCode\": 12"), json);
    String itf = CheckResultJson.toItf(r, "Counter").orElseThrow();
    var trace = specula.tla.check.itf.ItfCodec.read(itf);
    assertEquals(List.of("x", "y"), trace.vars());
    assertEquals(r.trace().size(), trace.states().size());
    for (int i = 0; i < r.trace().size(); i++) {
      assertEquals(r.trace().get(i).variables(), trace.states().get(i));
    }
  }

  @Test
  void showsTraceStatesThroughTheAlias() {
    CheckResult r = check("Counter", "CounterAlias.cfg");
    assertEquals(CheckResult.Outcome.INVARIANT_VIOLATED, r.outcome());
    TraceState last = r.trace().get(r.trace().size() - 1);
    assertEquals(List.of("sum", "x"), List.copyOf(last.variables().keySet()));
    assertEquals(IntValue.of(4), last.variables().get("sum"));
  }

  @Test
  void checksThePostconditionAfterTheSearch() {
    assertEquals(CheckResult.Outcome.SUCCESS, check("Counter", "CounterPost.cfg").outcome());
    CheckResult bad = check("Counter", "CounterPostBad.cfg");
    assertEquals(CheckResult.Outcome.POSTCONDITION_FAILED, bad.outcome());
    assertEquals(10, bad.exitCode());
  }

  @Test
  void reportsActionPropertyViolation() {
    CheckResult r = check("Counter", "CounterAction.cfg");
    assertEquals(CheckResult.Outcome.ACTION_PROPERTY_VIOLATED, r.outcome());
    assertEquals("Action property XShrinks is violated.", r.errorMessage());
    assertEquals(2, r.trace().size());
  }

  @Test
  void reportsVariablesLeftUnassigned() {
    CheckResult r = check("Unassigned", "Unassigned.cfg");
    assertEquals(CheckResult.Outcome.EVAL_ERROR, r.outcome());
    assertTrue(r.errorMessage().contains("not assigned: b"), r.errorMessage());
  }

  @Test
  void reportsEvaluationErrorsWithTheirLocation() {
    CheckResult r = check("Broken", "Broken.cfg");
    assertEquals(CheckResult.Outcome.EVAL_ERROR, r.outcome());
    assertTrue(r.errorLocation().contains("line 5, col"), r.errorLocation());
    assertTrue(r.errorLocation().endsWith("of module Broken"), r.errorLocation());
    assertEquals(3, r.trace().size(), "trace ends in the state where evaluation failed");
  }

  @Test
  void checksAssumptions() {
    CheckResult r = check("Assume", "Assume.cfg");
    assertEquals(CheckResult.Outcome.ASSUMPTION_FAILED, r.outcome());
    assertEquals(10, r.exitCode());
  }

  @Test
  void oneAndTwoWorkersCountTheSame() {
    CheckResult one = check("Grid", "Grid.cfg", CheckOptions.defaults().withWorkers(1));
    CheckResult two = check("Grid", "Grid.cfg", CheckOptions.defaults().withWorkers(2));
    assertEquals(CheckResult.Outcome.SUCCESS, one.outcome(), one.errorMessage());
    assertEquals(1764, one.distinct());
    assertEquals(10291, one.generated());
    assertEquals(15, one.depth());
    assertEquals(one.distinct(), two.distinct());
    assertEquals(one.generated(), two.generated());
    assertEquals(one.depth(), two.depth());
  }

  @Test
  void initialStatesCheckedInParallelCountTheSame() {
    for (int workers = 1; workers <= 3; workers++) {
      CheckResult r = check("ManyInits", "ManyInits.cfg", CheckOptions.defaults().withWorkers(workers));
      assertEquals(CheckResult.Outcome.SUCCESS, r.outcome(), r.errorMessage());
      assertEquals(3580, r.distinct(), workers + " workers"); // 40 states with x = 0, then 59 x 60
      assertEquals(5920, r.generated(), workers + " workers"); // 2400 initial + one step from each x < 59
      assertEquals(2, r.depth(), workers + " workers");
    }
  }

  @Test
  void initialStateViolationFoundByParallelCheckers() {
    // Repeated: the level analysis that decides whether Small is cached as a constant used to publish a provisional
    // "constant" to the other thread, which then cached TRUE for every state (about one run in three).
    for (int run = 0; run < 12; run++) {
      int workers = run == 0 ? 1 : 2;
      CheckResult r = check("ManyInits", "ManyInitsInv.cfg", CheckOptions.defaults().withWorkers(workers));
      assertEquals(CheckResult.Outcome.INVARIANT_VIOLATED, r.outcome(), workers + " workers, run " + run);
      assertEquals(1, r.trace().size());
      assertEquals(IntValue.of(59), r.trace().get(0).variables().get("x"));
      assertEquals(IntValue.of(59), r.trace().get(0).variables().get("y"));
    }
  }

  @Test
  void spillsTheQueueWithoutChangingCounts() {
    CheckResult r = check("Grid", "Grid.cfg", CheckOptions.defaults().withQueueInMemory(16));
    assertEquals(1764, r.distinct());
    assertEquals(10291, r.generated());
  }

  @Test
  void stopsAtMaxStatesAndKeepsFigures() {
    CheckResult r = check("Grid", "Grid.cfg", CheckOptions.defaults().withMaxStates(100));
    assertEquals(CheckResult.Outcome.STOPPED_AT_LIMIT, r.outcome());
    assertTrue(r.left() > 0, "states left on the queue");
    assertTrue(r.output().stream().anyMatch(l -> l.contains("not fully explored")), r.output().toString());
    assertTrue(r.distinct() >= 100 && r.distinct() < 1764, "distinct " + r.distinct());
  }

  @Test
  void cancellationKeepsPartialFigures() {
    CancellationToken token = new CancellationToken();
    token.cancel();
    CheckResult r = check("Grid", "Grid.cfg", CheckOptions.defaults().withCancel(token));
    assertEquals(CheckResult.Outcome.CANCELLED, r.outcome());
    assertTrue(r.distinct() >= 1);
  }

  @Test
  void simulationFindsTheDeadlock() {
    List<String> out = new ArrayList<>();
    CheckResult r = check("Counter", "CounterDeadlock.cfg",
        CheckOptions.defaults().withSimulation(50, 10, 42).withOutput(out::add));
    assertEquals(CheckResult.Outcome.DEADLOCK, r.outcome());
    assertEquals(6, r.trace().size(), "every behaviour of Counter deadlocks after 5 steps");
  }

  @Test
  void simulationRespectsDepthAndTraceCount() {
    CheckResult r = check("Grid", "Grid.cfg", CheckOptions.defaults().withSimulation(20, 7, 1));
    assertEquals(CheckResult.Outcome.SUCCESS, r.outcome(), r.errorMessage());
    assertEquals(7, r.distinct(), "the behaviour count");
    assertTrue(r.depth() <= 20);
  }
}
