package specula.tla.eval;

import org.junit.jupiter.api.Test;
import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;
import specula.tla.check.ModelChecker;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.semantic.ModuleSource;
import specula.tla.semantic.SpecFront;
import specula.tla.stdlib.StandardLibrary;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluator's loader finds modules exactly as the semantic front end does. */
class SpecLoaderTest {

  private static CheckResult check(Map<String, String> modules, String root, String cfg) {
    ModelConfig config = ConfigParser.parse(root + ".cfg", cfg);
    return new ModelChecker(root, ModuleSource.workspace(modules), config, CheckOptions.defaults()).run();
  }

  /** Like braf/BufferedRandomAccessFile.tla: modules written after the first one in the same file. */
  private static final String MULTI = """
      ---- MODULE Main ----
      EXTENDS Naturals, Common
      VARIABLE x
      Init == x = Zero
      Next == x < Limit /\\ x' = x + 1
      ====
      ---- MODULE Common ----
      EXTENDS Helper
      Limit == 3
      ====
      ---- MODULE Helper ----
      Zero == 0
      ====
      """;

  @Test
  void findsModulesWrittenAfterTheFirstOneOfAFile() {
    CheckResult r = check(Map.of("Main", MULTI), "Main", "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");
    assertEquals(CheckResult.Outcome.SUCCESS, r.outcome(), r.errorMessage());
    assertEquals(4, r.distinct());
    // and the front end resolves the same file the same way
    assertFalse(new SpecFront(ModuleSource.workspace(Map.of("Main", MULTI)), new StandardLibrary()).analyze("Main")
        .diagnostics().hasErrors());
  }

  @Test
  void theUsersModuleWinsOverTheLibrarysOfTheSameName() {
    Map<String, String> modules = Map.of(
        "Main", "---- MODULE Main ----\nEXTENDS Bags\nVARIABLE x\nInit == x = EmptyBag\nNext == UNCHANGED x\n====\n",
        "Bags", "---- MODULE Bags ----\nEmptyBag == 42\n====\n");
    Spec spec = SpecLoader.load("Main", ModuleSource.workspace(modules),
        ConfigParser.parse("Main.cfg", "INIT Init\nNEXT Next\n"));
    Binding b = spec.root().lookup("EmptyBag");
    assertTrue(b instanceof Binding.Def, "the user's Bags is not the library's (no native): " + b);
  }

  @Test
  void reportsAMissingModuleAndAMisnamedFile() {
    SpecException missing = assertThrows(SpecException.class, () -> SpecLoader.load("Main",
        ModuleSource.workspace(Map.of("Main", "---- MODULE Main ----\nEXTENDS Nowhere\n====\n")), ModelConfig.empty()));
    assertEquals("Cannot find source file for module Nowhere.", missing.getMessage());
    SpecException misnamed = assertThrows(SpecException.class, () -> SpecLoader.load("Main",
        ModuleSource.workspace(Map.of("Main", "---- MODULE Other ----\n====\n")), ModelConfig.empty()));
    assertTrue(misnamed.getMessage().contains("does not match the name 'Other'"), misnamed.getMessage());
  }

  /**
   * TLC evaluates a parameterless constant-level definition once: a definition using RandomElement keeps one
   * value for the whole run, so x never changes and there is one distinct state.
   */
  @Test
  void evaluatesARandomConstantDefinitionOnce() {
    Map<String, String> modules = Map.of("R", """
        ---- MODULE R ----
        EXTENDS Naturals, TLC
        Pick == RandomElement(1..1000)
        VARIABLE x
        Init == x = Pick
        Next == x' = Pick
        Same == x = Pick
        ====
        """);
    CheckResult r = check(modules, "R", "INIT Init\nNEXT Next\nINVARIANT Same\n");
    assertEquals(CheckResult.Outcome.SUCCESS, r.outcome(), r.errorMessage());
    assertEquals(1, r.distinct());
  }

  /**
   * SpanTreeRandom's point: the algorithm is correct for every graph, so with Edges drawn once per run (whatever the
   * seed) the check succeeds; drawing it at each reference mixes graphs within one state and fails it.
   */
  @Test
  void aRandomGraphDrawnOncePerRunKeepsTheVerdictForEverySeed() {
    String spec = """
        ---- MODULE SpanRandom ----
        EXTENDS Integers, FiniteSets, TLC
        CONSTANTS Nodes, Root, MaxCardinality
        Edges == UNION { {{n, m} : m \\in RandomElement(SUBSET (Nodes \\ {n}))} : n \\in Nodes }
        VARIABLES mom, dist
        Nbrs(n) == {m \\in Nodes : {m, n} \\in Edges}
        Init == mom = [n \\in Nodes |-> n] /\\ dist = [n \\in Nodes |-> IF n = Root THEN 0 ELSE MaxCardinality]
        Next == \\E n \\in Nodes : \\E m \\in Nbrs(n) :
                  /\\ dist[m] < 1 + dist[n]
                  /\\ \\E d \\in (dist[m] + 1)..(dist[n] - 1) :
                        dist' = [dist EXCEPT ![n] = d] /\\ mom' = [mom EXCEPT ![n] = m]
        PostCondition == \\A n \\in Nodes :
            \\/ n = Root /\\ dist[n] = 0 /\\ mom[n] = n
            \\/ dist[n] = MaxCardinality /\\ mom[n] = n /\\ \\A m \\in Nbrs(n) : dist[m] = MaxCardinality
            \\/ dist[n] \\in 1..(MaxCardinality - 1) /\\ mom[n] \\in Nbrs(n) /\\ dist[n] = dist[mom[n]] + 1
        Safe == (~ ENABLED Next) => PostCondition
        ====
        """;
    ModelConfig cfg = ConfigParser.parse("SpanRandom.cfg",
        "CONSTANTS Nodes = {1, 2, 3, 4} Root = 1 MaxCardinality = 4\nINIT Init\nNEXT Next\nINVARIANT Safe\n"
            + "CHECK_DEADLOCK FALSE\n");
    for (long seed = 0; seed < 6; seed++) {
      CheckOptions d = CheckOptions.defaults();
      CheckOptions opts = new CheckOptions(d.workers(), d.maxStates(), d.timeout(), false, d.depth(), d.traces(), seed,
          d.progress(), d.cancel(), d.spillDir(), d.queueInMemory(), d.heapFraction(), d.output(), d.environment());
      CheckResult r = new ModelChecker("SpanRandom", ModuleSource.workspace(Map.of("SpanRandom", spec)), cfg, opts)
          .run();
      assertEquals(CheckResult.Outcome.SUCCESS, r.outcome(), "seed " + seed + ": " + r.errorMessage());
    }
  }
}
