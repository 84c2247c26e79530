package specula.trace;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trace helper for instrumented Java code, written by specula's {@code trace instrument}. A traced method logs one
 * NDJSON line when its call changed a traced field of {@code this}:
 * {@code {"event": NAME, FIELD: [{"op": "Update", "path": [], "args": [NEW VALUE]}], ...}}. Lines go to the file
 * named by SPECULA_TRACE_FILE, else to standard output.
 */
public final class SpeculaTrace {
    private static PrintStream out;

    private SpeculaTrace() {
    }

    /** One traced call: the values of the traced fields when it started. */
    public static final class Call {
        private final String event;
        private final Object target;
        private final String[] names;
        private final Map<String, String> before;

        private Call(String event, Object target, String[] names) {
            this.event = event;
            this.target = target;
            this.names = names;
            this.before = snapshot(target, names);
        }

        public void exit() {
            Map<String, String> after = snapshot(target, names);
            StringBuilder line = new StringBuilder("{\"event\": ").append(quote(event));
            boolean changed = false;
            for (String n : names) {
                String now = after.get(n);
                if (now != null && !now.equals(before.get(n))) {
                    changed = true;
                    line.append(", ").append(quote(n)).append(": [{\"op\": \"Update\", \"path\": [], \"args\": [")
                            .append(now).append("]}]");
                }
            }
            if (changed) {
                sink().println(line.append('}'));
                sink().flush();
            }
        }
    }

    public static Call enter(String event, Object target, String... names) {
        return new Call(event, target, names);
    }

    private static synchronized PrintStream sink() {
        if (out == null) {
            String path = System.getenv("SPECULA_TRACE_FILE");
            try {
                out = path == null ? System.out : new PrintStream(new FileOutputStream(path, true), true,
                        StandardCharsets.UTF_8.name());
            } catch (IOException e) {
                throw new IllegalStateException("cannot open trace file " + path, e);
            }
        }
        return out;
    }

    private static Map<String, String> snapshot(Object target, String[] names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String n : names) {
            Field f = field(target.getClass(), n);
            if (f != null) {
                try {
                    values.put(n, json(f.get(target)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read field " + n, e);
                }
            }
        }
        return values;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    /** JSON text: maps with sorted keys, collections and arrays as lists, enums by name, other objects by toString. */
    static String json(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            sorted.forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "").append(quote(k)).append(": ")
                    .append(json(x)));
            return sb.append('}').toString();
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder("[");
            for (Object x : c) {
                sb.append(sb.length() > 1 ? ", " : "").append(json(x));
            }
            return sb.append(']').toString();
        }
        if (v.getClass().isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(v); i++) {
                sb.append(i > 0 ? ", " : "").append(json(Array.get(v, i)));
            }
            return sb.append(']').toString();
        }
        return quote(v instanceof Enum<?> e ? e.name() : v.toString());
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
