package specula.commands.trace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import specula.commands.session.Json;

/**
 * The answer of {@code trace validate}: accepted, or the first line no behaviour got past, the state reached
 * before it, and for each candidate action why it did not match (its first failing conjunct). The checker fills
 * it in; this class only carries and renders it (text for people, {@code --json} for tools).
 */
public record TraceVerdict(String traceName, int events, Optional<Rejection> rejection) {

    /** @param failedConjunct the conjunct's source text, or null when the action failed elsewhere (see reason) */
    public record Candidate(String action, String failedConjunct, String location, String reason) {
    }

    /** @param line the line of the trace file (headers counted) */
    public record Rejection(int line, String logline, Map<String, String> stateBefore, List<Candidate> candidates) {
        public Rejection {
            stateBefore = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stateBefore));
            candidates = List.copyOf(candidates);
        }
    }

    public static TraceVerdict accepted(String traceName, int events) {
        return new TraceVerdict(traceName, events, Optional.empty());
    }

    public boolean accepted() {
        return rejection.isEmpty();
    }

    public String summary() {
        return rejection.map(r -> traceName + ": rejected at line " + r.line() + " (" + r.candidates().size()
                + " candidate action(s), none matches)").orElse(traceName + ": accepted (" + events + " events)");
    }

    public String render() {
        if (rejection.isEmpty()) {
            return summary() + "\n";
        }
        Rejection r = rejection.get();
        StringBuilder sb = new StringBuilder(summary()).append('\n');
        sb.append("  line ").append(r.line()).append(": ").append(r.logline()).append('\n');
        sb.append("  state before it:\n");
        r.stateBefore().forEach((k, v) -> sb.append("    ").append(k).append(" = ").append(v).append('\n'));
        for (Candidate c : r.candidates()) {
            sb.append("  ").append(c.action()).append(": ");
            if (c.failedConjunct() != null) {
                sb.append("fails ").append(c.failedConjunct());
                if (c.location() != null) {
                    sb.append(" (").append(c.location()).append(')');
                }
            }
            if (c.reason() != null) {
                sb.append(c.failedConjunct() != null ? " — " : "").append(c.reason());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trace", traceName);
        m.put("events", events);
        m.put("accepted", accepted());
        rejection.ifPresent(r -> {
            Map<String, Object> rej = new LinkedHashMap<>();
            rej.put("line", r.line());
            rej.put("logline", r.logline());
            rej.put("state", new LinkedHashMap<>(r.stateBefore()));
            rej.put("candidates", r.candidates().stream().map(c -> {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("action", c.action());
                cm.put("failedConjunct", c.failedConjunct());
                cm.put("location", c.location());
                cm.put("reason", c.reason());
                return cm;
            }).toList());
            m.put("rejection", rej);
        });
        return Json.write(m);
    }
}
