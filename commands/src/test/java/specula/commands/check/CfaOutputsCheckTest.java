package specula.commands.check;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import specula.commands.cfa.CfaOptions;
import specula.commands.cfa.CfaTransformer;
import specula.commands.runtime.ModelWriter;
import specula.commands.runtime.RunReport;
import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;
import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.TlaParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What cfa writes must run under the checker: no variable assigned twice in a step, none left undetermined. The
 * inputs are the seed's cfa examples and etcd's step-2 Raft (../shared; skipped when absent); the model is the
 * one {@code model new} writes (the seed's for Raft), and the run is a bounded simulation so the test stays fast
 * on Raft. The seed's cfa-examples/input/etcd/Raft.tla is left out: it does not parse (a CASE arm without []).
 */
class CfaOutputsCheckTest {
    private static final Set<RunReport.Kind> CFA_DEFECTS = Set.of(RunReport.Kind.ASSIGNED_TWICE,
            RunReport.Kind.UNDETERMINED_VARIABLE);

    static Path shared(String relative) {
        Path root = TestRoot.find();
        Path p = root.resolveSibling("shared").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared material absent, skipped: " + p);
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cfa-examples/input/example/pc_example.tla", "cfa-examples/input/example/uc_example.tla",
            "cfa-examples/input/example/ud_example.tla", "etcd/spec/step2/Raft.tla"})
    void cfaOutputRunsWithoutAssignmentErrors(String input) throws Exception {
        Path file = shared("seed/" + input);
        ParseResult parsed = new TlaParser().parse(file.getFileName().toString(), Files.readString(file));
        assertTrue(parsed.ok(), () -> "seed input does not parse: " + parsed.diagnostics());
        String name = parsed.module().name();
        String text = AstPrinter.print(new CfaTransformer(CfaOptions.ALL).transform(parsed.module()).module());
        // Raft's model is the seed's step-3 one (model new cannot guess that Value is a set of model values).
        Path seedCfg = file.getParent().resolveSibling("step3").resolve(name + ".cfg");
        String cfg = input.startsWith("etcd/") ? Files.readString(seedCfg) : new ModelWriter().write(name, text).text();
        CheckOptions options = CheckOptions.defaults().withSimulation(30, 50, 7);
        CheckResult r = new EmbeddedChecker().run(name, Map.of(name, text), name + ".cfg", cfg, options);
        RunReport report = new EmbeddedModelRunner(options).report(r);
        assertFalse(CFA_DEFECTS.contains(report.kind()), () -> input + ": " + report.headline() + "\n"
                + String.join("\n", r.output()) + "\n--- cfg\n" + cfg);
        assertFalse(r.outcome() == CheckResult.Outcome.SPEC_ERROR, () -> input + ": " + r.errorMessage());
        assertTrue(r.generated() > 0 || r.outcome().isError(), () -> input + " generated no state");
    }
}
