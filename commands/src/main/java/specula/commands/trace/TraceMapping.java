package specula.commands.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code trace convert} turns a system's raw events into the spec's vocabulary (a YAML file, see
 * README.md (trace section)): which field names the event, nested objects to flatten, ids to replace by model values (only in
 * the fields listed, so a term 1 never becomes a server), what JSON null becomes, field renames and drops, and per
 * event its spec name and, optionally, the variable updates to log, written with {@code $field} references.
 */
public record TraceMapping(String eventField, List<String> flatten, Map<String, String> ids, List<String> idFields,
                           Optional<String> nullValue, Map<String, String> rename, List<String> drop,
                           Map<String, EventRule> events, boolean keepUnknown, Optional<Map<String, Object>> header) {

    /** @param log variable -> update templates; empty to pass the event's (renamed) fields through */
    public record EventRule(String as, Map<String, Object> when, Map<String, Object> log) {
    }

    public static TraceMapping identity() {
        return new TraceMapping("event", List.of(), Map.of(), List.of(), Optional.empty(), Map.of(), List.of(),
                Map.of(), true, Optional.empty());
    }

    public static TraceMapping parse(String file, String yamlText) {
        Map<String, Object> top = Yamls.load(file, yamlText);
        Map<String, String> ids = new LinkedHashMap<>();
        if (top.get("ids") != null) {
            if (!(top.get("ids") instanceof Map<?, ?> raw)) {
                throw new TraceConfigException(file + ": 'ids' must map raw ids to model values");
            }
            raw.forEach((k, v) -> ids.put(String.valueOf(k), String.valueOf(v)));
        }
        List<String> idFields = strings(top.get("id_fields"), file + ": id_fields");
        if (!ids.isEmpty() && idFields.isEmpty()) {
            throw new TraceConfigException(file + ": 'ids' needs 'id_fields' (the fields that hold ids), so that "
                    + "other numbers are left alone");
        }
        Map<String, String> rename = new LinkedHashMap<>();
        if (top.get("rename") != null) {
            Yamls.map(top.get("rename"), file + ": rename").forEach((k, v) -> rename.put(k, String.valueOf(v)));
        }
        Map<String, EventRule> events = new LinkedHashMap<>();
        if (top.get("events") != null) {
            Yamls.map(top.get("events"), file + ": events").forEach((raw, rule) -> events.put(raw,
                    rule(raw, rule, file)));
        }
        Object keep = top.get("keep_unknown");
        return new TraceMapping(Optional.ofNullable(Yamls.text(top, "event_field")).orElse("event"),
                strings(top.get("flatten"), file + ": flatten"), ids, idFields,
                Optional.ofNullable(Yamls.text(top, "null_as")), rename,
                strings(top.get("drop"), file + ": drop"), events, keep == null ? events.isEmpty() : (Boolean) keep,
                top.get("header") == null ? Optional.empty()
                        : Optional.of(Yamls.map(top.get("header"), file + ": header")));
    }

    private static EventRule rule(String raw, Object rule, String file) {
        if (rule == null || rule instanceof String) {
            return new EventRule(rule == null ? raw : (String) rule, Map.of(), Map.of());
        }
        Map<String, Object> m = Yamls.map(rule, file + ": events." + raw);
        return new EventRule(Optional.ofNullable(Yamls.text(m, "as")).orElse(raw),
                m.get("when") == null ? Map.of() : Yamls.map(m.get("when"), file + ": events." + raw + ".when"),
                m.get("log") == null ? Map.of() : Yamls.map(m.get("log"), file + ": events." + raw + ".log"));
    }

    private static List<String> strings(Object o, String where) {
        List<String> out = new ArrayList<>();
        for (Object x : Yamls.list(o, where)) {
            out.add(String.valueOf(x));
        }
        return out;
    }
}
