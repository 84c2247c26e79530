package specula.tla.eval;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.semantic.ModuleSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the inline expectations of the modules under {@code test/resources/eval}: a definition line ending in
 * {@code \* expect: V} must evaluate to a value printed as V; one ending in {@code \* error: TEXT} must fail with
 * an evaluation error whose message contains TEXT.
 */
class EvalExpectationsTest {
  private static final Pattern LINE = Pattern.compile("^(\\w+)\\s*==.*\\\\\\* (expect|error): (.*)$");

  @TestFactory
  List<DynamicTest> expectations() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/eval/Basics.tla").toURI()).getParent();
    List<DynamicTest> tests = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String module = f.getFileName().toString().replace(".tla", "");
        ExpressionEvaluator ev = new ExpressionEvaluator(module, ModuleSource.folder(dir), ModelConfig.empty(),
            Services.quiet());
        for (String line : Files.readAllLines(f)) {
          Matcher m = LINE.matcher(line);
          if (!m.matches()) {
            continue;
          }
          String name = m.group(1);
          String expected = m.group(3).trim();
          if (m.group(2).equals("expect")) {
            tests.add(DynamicTest.dynamicTest(module + "!" + name, () -> {
              Value v = ev.evaluate(name, Map.of());
              assertEquals(expected, ValuePrinter.DEFAULT.print(v));
            }));
          } else {
            tests.add(DynamicTest.dynamicTest(module + "!" + name + " fails", () -> {
              EvalException e = assertThrows(EvalException.class, () -> ev.evaluate(name, Map.of()));
              assertTrue(e.getMessage().contains(expected), e.getMessage());
              assertTrue(e.range() != null, "error has a location");
            }));
          }
        }
      }
    }
    assertTrue(tests.size() > 40, "expectations found: " + tests.size());
    return tests;
  }
}
