package specula.commands.check;

import specula.commands.trace.TraceValidator;
import specula.commands.trace.TraceVerdict;
import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;

import specula.tla.eval.Services;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
    private static final String CURSOR = "l";
    private static final int MAX_STATES = 100_000;
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
            Map<String, String> env = Map.of("TRACE_PATH", file.toAbsolutePath().toString());
            CheckResult r = checker.run(traceModule, modules, traceModule + ".cfg", cfgText,
                    options.withEnvironment(env));
            TraceVerdict v = verdict(traceName, traceText, r);
            return v.accepted() ? v : withStateBefore(v, traceModule, modules, cfgText, traceText, env);
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

    /**
     * The furthest states the trace spec reaches (greatest cursor {@code l}) are the states before the first line
     * no action matches; that line is the event at the cursor (a trace spec written before TraceStepMatched
     * existed counts a line whose event name matched even when the action's guard failed, so the cursor is the
     * authority). For each candidate action, {@link TraceDiagnoser} finds the first conjunct that fails there.
     * Trace specs follow one log, so their graphs are small; past {@link #MAX_STATES} the register's line stays.
     */
    private TraceVerdict withStateBefore(TraceVerdict v, String traceModule, Map<String, String> modules,
                                         String cfgText, String traceText, Map<String, String> env) {
        Map<String, Value>[] furthest = new Map[1];
        try {
            new StateExplorer(MAX_STATES, new Services(line -> { }, 0, env)).explore(traceModule, modules, cfgText,
                    (from, to) -> {
                        if (to.get(CURSOR) instanceof IntValue l && (furthest[0] == null
                                || l.val() > ((IntValue) furthest[0].get(CURSOR)).val())) {
                            furthest[0] = to;
                        }
                    });
        } catch (RuntimeException e) {
            return v;
        }
        if (furthest[0] == null) return v;
        List<String> lines = traceText.lines().toList();
        int offset = !lines.isEmpty() && !lines.get(0).contains("\"event\"") ? 1 : 0;
        int line = ((IntValue) furthest[0].get(CURSOR)).val() + offset;
        Map<String, String> before = new LinkedHashMap<>();
        furthest[0].forEach((k, val) -> {
            if (!k.equals(CURSOR)) before.put(k, ValuePrinter.DEFAULT.print(val));
        });
        String logline = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
        return new TraceVerdict(v.traceName(), v.events(), Optional.of(new TraceVerdict.Rejection(line, logline,
                before, candidates(traceModule, modules, cfgText, env, furthest[0]))));
    }

    /** Each candidate action's first failing conjunct; none (rather than no verdict) if the diagnosis fails. */
    private static List<TraceVerdict.Candidate> candidates(String traceModule, Map<String, String> modules,
                                                           String cfgText, Map<String, String> env,
                                                           Map<String, Value> state) {
        try {
            return new TraceDiagnoser(modules).diagnose(traceModule, cfgText, new Services(line -> { }, 0, env),
                    state);
        } catch (RuntimeException e) {
            return List.of(new TraceVerdict.Candidate("(diagnosis)", null, null, "not available: " + e.getMessage()));
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
