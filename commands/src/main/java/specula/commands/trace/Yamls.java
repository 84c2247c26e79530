package specula.commands.trace;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Safe YAML loading with file:line:column errors, and typed access to the loaded maps. */
final class Yamls {
    private Yamls() {
    }

    static Map<String, Object> load(String file, String text) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new TraceConfigException(file + (m == null ? "" : ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                    + ": not valid YAML (" + (e.getProblem() == null ? "parse error" : e.getProblem()) + ")");
        } catch (RuntimeException e) {
            throw new TraceConfigException(file + ": not valid YAML (" + e.getMessage() + ")");
        }
        if (doc == null) {
            return Map.of();
        }
        if (!(doc instanceof Map<?, ?>)) {
            throw new TraceConfigException(file + ": expected a YAML mapping at the top level");
        }
        return map(doc, file);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new TraceConfigException(where + ": expected a mapping, found " + describe(o));
    }

    static List<?> list(Object o, String where) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new TraceConfigException(where + ": expected a list, found " + describe(o));
    }

    /** A scalar as text (numbers and booleans too, since YAML types `3` as an integer); null when absent. */
    static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    static String required(Map<String, Object> m, String key, String where) {
        String v = text(m, key);
        if (v == null || v.isBlank()) {
            throw new TraceConfigException(where + ": '" + key + "' is missing");
        }
        return v;
    }

    private static String describe(Object o) {
        return o == null ? "nothing" : o instanceof String s ? "\"" + s + "\"" : o.getClass().getSimpleName();
    }
}
