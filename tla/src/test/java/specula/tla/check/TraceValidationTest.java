package specula.tla.check;

import org.junit.jupiter.api.Test;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.conformance.ProjectRoot;
import specula.tla.semantic.ModuleSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Trace-validation specs (read from ../shared when present) give TLC's verdicts: the deserialised, causally ordered
 * log is computed once, {@code TLCGet("stats")} answers, and strings concatenate with {@code \o}.
 */
class TraceValidationTest {

  private static Path shared(String dir, String file) {
    Optional<Path> root = ProjectRoot.root();
    assumeTrue(root.isPresent(), "project root not found");
    Path d = root.get().resolveSibling("shared").resolve(dir);
    assumeTrue(Files.isRegularFile(d.resolve(file)), "../shared/" + dir + " not present: test skipped");
    return d;
  }

  private static CheckResult check(Path dir, String module, String envVar, String traceFile) throws IOException {
    // the environment carries an absolute path: the JVM's working directory is not the spec's folder
    CheckOptions opts = CheckOptions.defaults().withTimeout(java.time.Duration.ofSeconds(300))
        .withEnvironment(Map.of(envVar, dir.resolve(traceFile).toString()));
    return new ModelChecker(module, ModuleSource.folder(dir), ConfigParser.parse(dir.resolve(module + ".cfg")),
        opts).run();
  }

  /** TLC: accepted, 659 distinct states (under the VIEW), depth 655. */
  @Test
  void ewd998ChanTraceIsAccepted() throws IOException {
    Path dir = shared("corpus/examples/ewd998", "EWD998ChanTrace.tla");
    CheckResult r = check(dir, "EWD998ChanTrace", "JSON", "EWD998ChanTrace.ndjson");
    assertEquals(CheckResult.Outcome.SUCCESS, r.outcome(), r.errorMessage());
    assertEquals(659, r.distinct());
    assertEquals(655, r.depth());
  }

  /** TLC: POSTCONDITION TraceAccepted false (exit 10), 8 distinct states, depth 3. */
  @Test
  void etcdSimpleTraceIsRejectedByThePostcondition() throws IOException {
    Path dir = shared("seed/etcd/spec/step5/spec", "specTrace.tla");
    CheckResult r = check(dir, "specTrace", "TRACE_PATH", "trace_simple.ndjson");
    assertEquals(CheckResult.Outcome.POSTCONDITION_FAILED, r.outcome(), r.errorMessage());
    assertEquals(10, r.exitCode());
    assertEquals(8, r.distinct());
    assertEquals(3, r.depth());
  }

  /** TLC: accepted, 3,146 distinct states, depth 21, POSTCONDITION holds. */
  @Test
  void etcdTraceIsAccepted() throws IOException {
    Path dir = shared("seed/etcd/spec/step5/spec", "specTrace.tla");
    CheckResult r = check(dir, "specTrace", "TRACE_PATH", "trace.ndjson");
    assertEquals(CheckResult.Outcome.SUCCESS, r.outcome(), r.errorMessage());
    assertEquals(3146, r.distinct());
    assertEquals(21, r.depth());
  }
}
