package specula.commands.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import specula.commands.session.Json;

/**
 * Checks a converted trace against the trace configuration before any model checking, so that mistakes of the
 * instrumentation or the conversion are reported with their line instead of as a rejected trace: every line is a
 * JSON object; an event names a configured action's event (or Stuttering); logged variables are configured; each
 * update is {@code {"op", "path"?, "args"?}} with a known op and the arguments it needs.
 */
public final class TraceLint {

    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    private static final Map<String, Integer> OP_ARGS = Map.ofEntries(Map.entry("Init", 0), Map.entry("Update", 1),
            Map.entry("Add", 1), Map.entry("Sub", 1), Map.entry("AddElement", 1), Map.entry("AddElements", 1),
            Map.entry("RemoveElement", 1), Map.entry("Clear", 0), Map.entry("AppendElement", 1),
            Map.entry("ClearSeq", 0), Map.entry("SetKey", 2), Map.entry("UpdateRec", 1), Map.entry("AddToBag", 1),
            Map.entry("RemoveFromBag", 1), Map.entry("Unchanged", 0));

    public List<Problem> check(TraceConfig config, String trace) {
        Set<String> events = new HashSet<>(List.of("Stuttering"));
        config.actions().forEach(a -> events.add(a.event()));
        Set<String> vars = new HashSet<>();
        config.variables().forEach(v -> vars.add(v.name()));
        List<Problem> problems = new ArrayList<>();
        String[] lines = trace.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            Object parsed;
            try {
                parsed = Json.parse(lines[i].strip());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(no, "not JSON: " + e.getMessage()));
                continue;
            }
            if (!(parsed instanceof Map<?, ?> line)) {
                problems.add(new Problem(no, "not a JSON object"));
                continue;
            }
            if (!line.containsKey("event")) {
                if (i > 0) {
                    problems.add(new Problem(no, "no \"event\" field (only the first line may be a header)"));
                }
                continue;
            }
            String event = String.valueOf(line.get("event"));
            if (!events.contains(event)) {
                problems.add(new Problem(no, "event \"" + event + "\" is not in the configuration (known: "
                        + String.join(", ", new java.util.TreeSet<>(events)) + ")"));
            }
            for (Map.Entry<?, ?> e : line.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (key.equals("event")) {
                    continue;
                }
                if (!vars.contains(key)) {
                    problems.add(new Problem(no, "\"" + key + "\" is not a configured variable"));
                } else {
                    checkUpdates(no, key, e.getValue(), problems);
                }
            }
        }
        return problems;
    }

    private static void checkUpdates(int no, String var, Object value, List<Problem> problems) {
        if (!(value instanceof List<?> updates)) {
            problems.add(new Problem(no, var + ": expected a list of updates"));
            return;
        }
        for (Object u : updates) {
            if (!(u instanceof Map<?, ?> m) || !(m.get("op") instanceof String op)) {
                problems.add(new Problem(no, var + ": an update needs an \"op\""));
                continue;
            }
            Integer needed = OP_ARGS.get(op);
            if (needed == null) {
                problems.add(new Problem(no, var + ": unknown op \"" + op + "\""));
                continue;
            }
            int given = m.get("args") instanceof List<?> args ? args.size() : 0;
            if (given < needed) {
                problems.add(new Problem(no, var + ": op " + op + " needs " + needed + " argument(s), has " + given));
            }
            if (m.containsKey("path") && !(m.get("path") instanceof List<?>)) {
                problems.add(new Problem(no, var + ": \"path\" must be a list"));
            }
        }
    }
}
