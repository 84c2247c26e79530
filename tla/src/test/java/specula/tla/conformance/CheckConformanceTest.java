package specula.tla.conformance;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A few quick corpus models checked against TLC's figures in expected.json (skipped without the corpus). */
class CheckConformanceTest {
  private static final Set<String> QUICK = Set.of(
      "DieHard/DieHard.cfg",
      "SpecifyingSystems/CachingMemory/MCInternalMemory.cfg",
      "Paxos/MCPaxos.cfg",
      "LearnProofs/MCFindHighest.cfg",
      "SpecifyingSystems/TLC/MCAlternatingBit.cfg",
      "TwoPhase/MCTwoPhase.cfg",
      "MisraReachability/MCParReach.cfg");

  private static Path corpus() {
    Optional<Path> dir = ProjectRoot.corpus();
    assumeTrue(dir.isPresent() && dir.get().resolve("expected.json").toFile().exists(),
        "../shared/corpus not found beside the project root: check conformance skipped");
    return dir.get();
  }

  @Test
  void quickModelsAgreeWithTlc() {
    Path dir = corpus();
    List<CheckConformance.Case> cases = CheckConformance.cases(dir).stream()
        .filter(c -> QUICK.contains(c.cfg())).toList();
    assertEquals(QUICK.size(), cases.size(), "models present in expected.json");
    CheckConformance runner = new CheckConformance(Duration.ofSeconds(60), false, 1);
    for (CheckConformance.Case c : cases) {
      CheckConformance.Line l = runner.checkOne(dir, c);
      assertEquals(CheckConformance.Verdict.AGREE, l.verdict(), c.cfg() + ": " + l.detail());
    }
  }

  @Test
  void concurrentJobsKeepCorpusOrderAndTimeEachModel() {
    Path dir = corpus();
    List<CheckConformance.Case> cases = CheckConformance.cases(dir).stream()
        .filter(c -> c.cfg().equals("DieHard/DieHard.cfg") || c.cfg().equals("TwoPhase/MCTwoPhase.cfg")
            || c.cfg().equals("LearnProofs/MCFindHighest.cfg")).toList();
    assertEquals(3, cases.size(), "models present in expected.json");
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    CheckConformance.Report r = new CheckConformance(Duration.ofSeconds(60), false, 1, 2, true)
        .run(dir, cases, new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(cases, r.lines().stream().map(CheckConformance.Line::c).toList(), "lines in corpus order");
    for (CheckConformance.Line l : r.lines()) {
      assertEquals(CheckConformance.Verdict.AGREE, l.verdict(), l.c().cfg() + ": " + l.detail());
      assertTrue(l.wall().toNanos() > 0, "wall time measured for " + l.c().cfg());
    }
    List<String> printed = buf.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertEquals(5, printed.size(), String.join("\n", printed));
    for (int i = 0; i < 3; i++) {
      String expected = java.util.regex.Pattern.quote(cases.get(i).cfg()) + ": agree \\[\\d+\\.\\d s\\]";
      assertTrue(printed.get(i).matches(expected), printed.get(i));
    }
    assertTrue(printed.get(3).startsWith("wall time: "), printed.get(3));
    assertEquals("check: 3/3 agree with TLC (0 timeouts, 0 unsupported)", printed.get(4));
  }

  @Test
  void summaryLineHasTheAgreedFormat() {
    CheckConformance.Case c = new CheckConformance.Case("x.cfg", "x.tla", "success", 1L, "00:00:01");
    CheckConformance.Report r = new CheckConformance.Report(List.of(
        new CheckConformance.Line(c, CheckConformance.Verdict.AGREE, ""),
        new CheckConformance.Line(c, CheckConformance.Verdict.TIMEOUT, ""),
        new CheckConformance.Line(c, CheckConformance.Verdict.UNSUPPORTED, "")));
    assertEquals("check: 1/3 agree with TLC (1 timeouts, 1 unsupported)", r.summary());
    assertTrue(new CheckConformance(Duration.ofSeconds(1), false, 1).selected(c));
    assertTrue(!new CheckConformance(Duration.ofSeconds(1), false, 1)
        .selected(new CheckConformance.Case("y.cfg", "y.tla", "success", 1L, "00:01:30")));
  }
}
