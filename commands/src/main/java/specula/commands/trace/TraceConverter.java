package specula.commands.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import specula.commands.session.Json;

/**
 * {@code trace convert RAW --out TRACE [--map FILE]}: raw NDJSON events of a running system into the trace the
 * trace spec reads. Lines that are not JSON objects are reported, not guessed at, except Go's {@code %v} rendering
 * of maps ({@code map[k:v ...]}), which instrumented Go code often prints and is read leniently.
 */
public final class TraceConverter {

    /** @param dropped raw event name -> how many lines of it were dropped (no rule and keep_unknown off) */
    public record Result(String text, int read, int written, Map<String, Integer> dropped, List<String> problems) {
        public String summary() {
            return "converted " + read + " line(s) into " + written + " event(s)"
                    + (dropped.isEmpty() ? "" : "; dropped " + dropped)
                    + (problems.isEmpty() ? "" : "; " + problems.size() + " unreadable line(s)");
        }
    }

    private static final Pattern GO_MAP = Pattern.compile("map\\[([^\\[\\]]*)]");
    private static final Pattern TEMPLATE_REF = Pattern.compile("^\\$([A-Za-z_][\\w.]*)$");

    private final TraceMapping mapping;

    public TraceConverter(TraceMapping mapping) {
        this.mapping = mapping;
    }

    public Result convert(String rawName, String raw) {
        StringBuilder out = new StringBuilder();
        int read = 0;
        int written = 0;
        Map<String, Integer> dropped = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        mapping.header().ifPresent(h -> out.append(Json.write(h)).append('\n'));
        String[] lines = raw.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            read++;
            Map<String, Object> event;
            try {
                event = parseLine(line);
            } catch (IllegalArgumentException e) {
                problems.add(rawName + ":" + (i + 1) + ": " + e.getMessage());
                continue;
            }
            Object name = event.containsKey(mapping.eventField()) ? event.get(mapping.eventField())
                    : event.containsKey("event") ? event.get("event") : event.get("action");
            if (name == null) {
                if (i == 0 && mapping.header().isEmpty()) {
                    out.append(Json.write(mapNulls(event))).append('\n'); // a header line: kept as it is
                } else {
                    problems.add(rawName + ":" + (i + 1) + ": no '" + mapping.eventField() + "' field");
                }
                continue;
            }
            Map<String, Object> converted = convertEvent(name.toString(), event);
            if (converted == null) {
                dropped.merge(name.toString(), 1, Integer::sum);
                continue;
            }
            out.append(Json.write(converted)).append('\n');
            written++;
        }
        return new Result(out.toString(), read, written, dropped, problems);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseLine(String line) {
        String text = line;
        if (text.contains("map[")) {
            Matcher m = GO_MAP.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(goMapToJson(m.group(1))));
            }
            m.appendTail(sb);
            text = sb.toString();
        }
        Object v = Json.parse(text);
        if (!(v instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (Map<String, Object>) v;
    }

    private static String goMapToJson(String body) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String pair : body.strip().split("\\s+")) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String v = pair.substring(colon + 1);
            Object value = v.matches("-?\\d+") ? (Object) Long.parseLong(v) : v.equals("true") || v.equals("false")
                    ? (Object) Boolean.parseBoolean(v) : v;
            m.put(pair.substring(0, colon), value);
        }
        return Json.write(m);
    }

    /** The converted event, or null to drop it. */
    private Map<String, Object> convertEvent(String rawName, Map<String, Object> raw) {
        TraceMapping.EventRule rule = mapping.events().get(rawName);
        if (rule == null && !mapping.keepUnknown()) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            if (e.getKey().equals(mapping.eventField()) || e.getKey().equals("event") || e.getKey().equals("action")) {
                continue;
            }
            if (mapping.flatten().contains(e.getKey()) && e.getValue() instanceof Map<?, ?> nested) {
                nested.forEach((k, v) -> fields.put(k.toString(), v));
            } else {
                fields.put(e.getKey(), e.getValue());
            }
        }
        for (String f : mapping.idFields()) {
            if (fields.containsKey(f)) {
                fields.put(f, mapId(fields.get(f)));
            }
        }
        if (rule != null && !matches(rule.when(), fields)) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", rule == null ? rawName : rule.as());
        if (rule != null && !rule.log().isEmpty()) {
            for (Map.Entry<String, Object> e : rule.log().entrySet()) {
                out.put(e.getKey(), mapNulls(substitute(e.getValue(), fields)));
            }
            return out;
        }
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!mapping.drop().contains(e.getKey())) {
                out.put(mapping.rename().getOrDefault(e.getKey(), e.getKey()), mapNulls(e.getValue()));
            }
        }
        return out;
    }

    private Object mapId(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().map(this::mapId).toList();
        }
        String mapped = v == null ? null : mapping.ids().get(v.toString());
        return mapped == null ? v : mapped;
    }

    private static boolean matches(Map<String, Object> when, Map<String, Object> fields) {
        for (Map.Entry<String, Object> w : when.entrySet()) {
            Object actual = fields.get(w.getKey());
            if (actual == null || !actual.toString().equals(String.valueOf(w.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** Replaces {@code "$field"} strings of an update template by the event's field values. */
    private Object substitute(Object template, Map<String, Object> fields) {
        if (template instanceof String s) {
            Matcher m = TEMPLATE_REF.matcher(s);
            if (m.matches()) {
                if (!fields.containsKey(m.group(1))) {
                    throw new TraceConfigException("the event has no field '" + m.group(1) + "' for " + s
                            + " (fields: " + String.join(", ", fields.keySet()) + ")");
                }
                return fields.get(m.group(1));
            }
            return s;
        }
        if (template instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k.toString(), substitute(v, fields)));
            return out;
        }
        if (template instanceof List<?> l) {
            return l.stream().map(x -> substitute(x, fields)).toList();
        }
        return template;
    }

    private Object mapNulls(Object v) {
        if (v == null) {
            return mapping.nullValue().orElse(null);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k.toString(), mapNulls(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(mapNulls(x)));
            return out;
        }
        return v;
    }
}
