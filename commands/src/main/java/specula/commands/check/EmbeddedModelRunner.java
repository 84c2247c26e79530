package specula.commands.check;

import specula.commands.runtime.ModelRunner;
import specula.commands.runtime.RunReport;
import specula.commands.runtime.RuntimeErrorClassifier;
import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;

import java.util.Map;

/**
 * {@link ModelRunner} over the embedded checker, so the runtime-correction loop runs without tla2tools. The
 * checker prints TLC's messages, so the classifier written for TLC's output reads ours unchanged; a stop at a
 * limit (time, states) is inconclusive rather than a success.
 */
public final class EmbeddedModelRunner implements ModelRunner {
    private final EmbeddedChecker checker = new EmbeddedChecker();
    private final RuntimeErrorClassifier classifier = new RuntimeErrorClassifier();
    private final CheckOptions options;

    public EmbeddedModelRunner(CheckOptions options) {
        this.options = options;
    }

    @Override
    public RunReport run(String moduleName, Map<String, String> modules, String cfgText) {
        CheckResult r = checker.run(moduleName, modules, moduleName + ".cfg", cfgText, options);
        return report(r);
    }

    public RunReport report(CheckResult r) {
        if (r.outcome() == CheckResult.Outcome.TIMEOUT || r.outcome() == CheckResult.Outcome.CANCELLED) {
            return new RunReport(RunReport.Kind.TIMEOUT, Outcomes.headline("", r), java.util.Optional.empty(),
                    java.util.Optional.empty(), "");
        }
        return classifier.classify(String.join("\n", r.output()), r.exitCode());
    }
}
