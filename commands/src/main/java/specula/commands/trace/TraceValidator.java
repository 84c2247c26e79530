package specula.commands.trace;

import java.util.Map;

/**
 * Replays a trace against a trace spec. The embedded checker will implement it with per-candidate diagnostics;
 * {@link TlcTraceValidator} runs an external TLC and can only name the rejected line.
 */
@FunctionalInterface
public interface TraceValidator {
    /**
     * @param traceModule the trace spec's root module ({@code <Spec>Trace})
     * @param modules     every module by name: the trace spec, the generic ones, the spec and what it extends
     * @param cfgText     the trace spec's model
     * @param traceName   the trace's name, for messages
     * @param traceText   the NDJSON trace
     */
    TraceVerdict validate(String traceModule, Map<String, String> modules, String cfgText, String traceName,
                          String traceText);
}
