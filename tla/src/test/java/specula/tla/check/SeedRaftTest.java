package specula.tla.check;

import org.junit.jupiter.api.Test;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.check.cfg.ModelConfigBuilder;
import specula.tla.conformance.ProjectRoot;
import specula.tla.semantic.ModuleSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed's etcd Raft specs (read from ../shared/seed when present): what REFERENCE-RUNS.md says TLC does. */
class SeedRaftTest {

  private static Path seed(String step) {
    Optional<Path> root = ProjectRoot.root();
    assumeTrue(root.isPresent(), "project root not found");
    Path dir = root.get().resolveSibling("shared").resolve("seed/etcd/spec").resolve(step);
    assumeTrue(Files.isRegularFile(dir.resolve("Raft.tla")), "../shared/seed not present: test skipped");
    return dir;
  }

  /** The step4 model with a state constraint, as an MC module extending Raft would add it. */
  @Test
  void step4RunsExhaustivelyUnderAStateConstraint() throws IOException {
    Path dir = seed("step4");
    String mc = "---- MODULE MCRaft ----\nEXTENDS Raft\n"
        + "TermBound == \\A s \\in Server : currentTerm[s] <= 1\n====\n";
    ModuleSource src = ModuleSource.chain(List.of(ModuleSource.workspace(Map.of("MCRaft", mc)), ModuleSource.folder(dir)));
    ModelConfig cfg = new ModelConfigBuilder(ConfigParser.parse(dir.resolve("Raft.cfg"))).constraint("TermBound")
        .build();
    CheckResult r = new ModelChecker("MCRaft", src, cfg, CheckOptions.defaults().withMaxStates(1500)).run();
    assertTrue(r.outcome() == CheckResult.Outcome.SUCCESS || r.outcome() == CheckResult.Outcome.STOPPED_AT_LIMIT,
        r.outcome() + " " + r.errorMessage());
    assertTrue(r.distinct() >= 1000, "distinct " + r.distinct());
  }

  @Test
  void step4SimulatesWithoutError() throws IOException {
    Path dir = seed("step4");
    CheckResult r = new ModelChecker("Raft", ModuleSource.folder(dir), ConfigParser.parse(dir.resolve("Raft.cfg")),
        CheckOptions.defaults().withSimulation(30, 20, 7)).run();
    assertEquals(CheckResult.Outcome.SUCCESS, r.outcome(), r.errorMessage());
    assertEquals(20, r.distinct(), "behaviours simulated");
  }

  @Test
  void step3ReportsTheUndefinedIdentifierWithItsLocation() throws IOException {
    Path dir = seed("step3");
    CheckResult r = new ModelChecker("Raft", ModuleSource.folder(dir), ConfigParser.parse(dir.resolve("Raft.cfg")),
        CheckOptions.defaults()).run();
    assertEquals(CheckResult.Outcome.EVAL_ERROR, r.outcome());
    assertEquals(75, r.exitCode());
    assertEquals("In evaluation, the identifier electionElapsed is either undefined or not an operator.",
        r.errorMessage());
    assertEquals("line 185, col 46 to line 185, col 60 of module Raft", r.errorLocation());
  }

  /** A deliberately broken copy of step4: a record field that does not exist is read in an action. */
  @Test
  void brokenCopyReportsTheFailingExpression() throws IOException {
    Path dir = seed("step4");
    String text = Files.readString(dir.resolve("Raft.tla"));
    String broken = text.replace("currentTerm' = [currentTerm EXCEPT ![s] = currentTerm[s] + 1]",
        "currentTerm' = [currentTerm EXCEPT ![s] = currentTerm[s] + TRUE]");
    assumeTrue(!broken.equals(text), "the step4 text changed; the mutation no longer applies");
    ModuleSource src = ModuleSource.workspace(Map.of("Raft", broken));
    CheckResult r = new ModelChecker("Raft", src, ConfigParser.parse(dir.resolve("Raft.cfg")),
        CheckOptions.defaults().withMaxStates(200000)).run();
    assertEquals(CheckResult.Outcome.EVAL_ERROR, r.outcome(), r.errorMessage());
    assertTrue(r.errorLocation().startsWith("line 118, col"), r.errorLocation());
    assertTrue(r.trace().size() >= 1);
  }
}
