package specula.commands.trace;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import specula.commands.runtime.RunReport;
import specula.commands.runtime.RuntimeErrorClassifier;
import specula.commands.runtime.TlcProcessRunner;

/**
 * {@link TraceValidator} over an external TLC (tla2tools plus the CommunityModules jar for Json, IOUtils and
 * SequencesExt): the trace is written beside the modules as {@code trace.ndjson} and named by TRACE_PATH. The
 * verdict comes from TraceAccepted: its Print names the first line no behaviour got past.
 */
public final class TlcTraceValidator implements TraceValidator {
    private static final Pattern REJECTED = Pattern.compile("Trace rejected: no action matches line\",\\s*(\\d+),\\s*"
            + "(.*?)>>\\s*$", Pattern.MULTILINE);
    private final TlcProcessRunner runner;

    public TlcTraceValidator(TlcProcessRunner runner) {
        this.runner = runner;
    }

    @Override
    public TraceVerdict validate(String traceModule, Map<String, String> modules, String cfgText, String traceName,
                                 String traceText) {
        TlcProcessRunner.Raw raw = runner.runRaw(traceModule, modules, cfgText, Map.of("trace.ndjson", traceText),
                Map.of("TRACE_PATH", "trace.ndjson"));
        return verdict(traceName, traceText, raw);
    }

    static TraceVerdict verdict(String traceName, String traceText, TlcProcessRunner.Raw raw) {
        int events = (int) traceText.lines().filter(l -> l.contains("\"event\"")).count();
        Matcher m = REJECTED.matcher(raw.output());
        if (m.find()) {
            int line = Integer.parseInt(m.group(1));
            String[] lines = traceText.split("\n");
            String logline = line >= 1 && line <= lines.length ? lines[line - 1] : m.group(2);
            return new TraceVerdict(traceName, events, Optional.of(new TraceVerdict.Rejection(line, logline, Map.of(),
                    java.util.List.of(new TraceVerdict.Candidate("(every action)", null, null,
                            "TLC names the line only; the embedded checker reports each action's failing "
                                    + "conjunct")))));
        }
        RunReport report = new RuntimeErrorClassifier().classify(raw.output(), raw.exitCode());
        if (report.ok()) {
            return TraceVerdict.accepted(traceName, events);
        }
        throw new IllegalStateException("trace validation did not run to a verdict: " + report.headline() + ": "
                + report.message());
    }
}
