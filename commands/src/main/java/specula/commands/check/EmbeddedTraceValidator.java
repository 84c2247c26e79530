package specula.commands.check;

import specula.commands.trace.TraceValidator;
import specula.commands.trace.TraceVerdict;
import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trace validation on the embedded checker: the generated trace spec reads the NDJSON file named by
 * {@code TRACE_PATH} (IOUtils' IOEnv), explores every behaviour that follows the trace, and its postcondition
 * prints the furthest line no action matched. The trace goes to a temporary file for the run only.
 */
public final class EmbeddedTraceValidator implements TraceValidator {
    private static final Pattern REJECTED = Pattern.compile("Trace rejected: no action matches line\",\\s*(\\d+),");
    private final EmbeddedChecker checker = new EmbeddedChecker();
    private final CheckOptions options;

    public EmbeddedTraceValidator(CheckOptions options) {
        this.options = options;
    }

    @Override
    public TraceVerdict validate(String traceModule, Map<String, String> modules, String cfgText, String traceName,
                                 String traceText) {
        Path file = null;
        try {
            file = Files.createTempFile("specula-trace-", ".ndjson");
            Files.writeString(file, traceText);
            CheckResult r = checker.run(traceModule, modules, traceModule + ".cfg", cfgText,
                    options.withEnvironment(Map.of("TRACE_PATH", file.toAbsolutePath().toString())));
            return verdict(traceName, traceText, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace for validation: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A leftover temporary file is harmless.
                }
            }
        }
    }

    static TraceVerdict verdict(String traceName, String traceText, CheckResult r) {
        int events = (int) traceText.lines().filter(l -> l.contains("\"event\"")).count();
        Matcher m = REJECTED.matcher(String.join("\n", r.output()));
        if (m.find()) {
            int line = Integer.parseInt(m.group(1));
            List<String> lines = traceText.lines().toList();
            String logline = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
            return new TraceVerdict(traceName, events, Optional.of(new TraceVerdict.Rejection(line, logline, Map.of(),
                    List.of())));
        }
        if (r.outcome() == CheckResult.Outcome.SUCCESS) {
            return TraceVerdict.accepted(traceName, events);
        }
        throw new IllegalStateException("trace validation did not run to a verdict: "
                + Outcomes.headline(traceName, r) + (r.errorLocation() == null ? "" : " at " + r.errorLocation()));
    }
}
